package io.github.lpfunctions.client;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.netty.resolver.AddressResolver;
import io.netty.resolver.AddressResolverGroup;
import io.netty.resolver.InetNameResolver;
import io.netty.resolver.InetSocketAddressResolver;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Promise;

/**
 * Resolves every name to 127.0.0.1 and remembers which names were looked up.
 */
final class LocalNames extends AddressResolverGroup<InetSocketAddress> {

	private final Queue<String> looked = new ConcurrentLinkedQueue<>();

	List<String> looked() {
		return List.copyOf(this.looked);
	}

	@Override
	protected AddressResolver<InetSocketAddress> newResolver(EventExecutor executor) {
		return new InetSocketAddressResolver(executor, new InetNameResolver(executor) {

			@Override
			protected void doResolve(String host, Promise<InetAddress> promise) {
				LocalNames.this.looked.add(host);
				promise.setSuccess(loopback());
			}

			@Override
			protected void doResolveAll(String host, Promise<List<InetAddress>> promise) {
				LocalNames.this.looked.add(host);
				promise.setSuccess(List.of(loopback()));
			}

		});
	}

	private static InetAddress loopback() {
		try {
			return InetAddress.getByAddress(new byte[] { 127, 0, 0, 1 });
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
