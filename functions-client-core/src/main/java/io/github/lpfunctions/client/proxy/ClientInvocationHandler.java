package io.github.lpfunctions.client.proxy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Dispatches the calls on a client proxy to the {@link ClientCall}s resolved when it was
 * created; default methods run as written, and {@code Object}'s methods answer for the
 * proxy itself.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class ClientInvocationHandler implements InvocationHandler {

	private static final Object[] NO_ARGUMENTS = {};

	private final Class<?> clientInterface;

	private final Map<Method, ClientCall> calls;

	ClientInvocationHandler(Class<?> clientInterface, Map<Method, ClientCall> calls) {
		this.clientInterface = clientInterface;
		this.calls = calls;
	}

	@Override
	public @Nullable Object invoke(Object proxy, Method method, @Nullable Object @Nullable [] arguments)
			throws Throwable {
		ClientCall call = this.calls.get(method);
		if (call != null) {
			return call.call(proxy, (arguments != null) ? arguments : NO_ARGUMENTS);
		}
		if (method.isDefault()) {
			return InvocationHandler.invokeDefault(proxy, method, arguments);
		}
		return switch (method.getName()) {
			case "equals" -> proxy == arguments[0];
			case "hashCode" -> System.identityHashCode(proxy);
			case "toString" -> "LivePerson Functions client " + this.clientInterface.getName();
			default -> throw new IllegalStateException("Unexpected method " + method);
		};
	}

}
