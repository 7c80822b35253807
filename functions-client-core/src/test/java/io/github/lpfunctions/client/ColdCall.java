package io.github.lpfunctions.client;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The first call of a JVM, run in a JVM of its own by
 * {@link CallDeadlineIntegrationTests}: builds a template with a 1 s deadline, makes one
 * invocation, blocking or reactive, and prints how long it took from before the call to
 * its failure, and the failure. Nothing of the client is used before the template is
 * built, so class loading, event loops, the resolver, connections, discovery and the
 * token all happen inside the measured call.
 */
final class ColdCall {

	static final Duration DEADLINE = Duration.ofSeconds(1);

	private ColdCall() {
	}

	/**
	 * Make the call.
	 * @param args {@code blocking} or {@code reactive}, and the discovery URL (plain
	 * http)
	 * @throws Exception if the call does not end at all
	 */
	public static void main(String[] args) throws Exception {
		try (ReactiveFunctionsTemplate reactive = ReactiveFunctionsTemplate.builder()
			.accountId(Emulators.ACCOUNT)
			.clientCredentials(Emulators.CLIENT_ID, Emulators.CLIENT_SECRET)
			.discoveryUri(URI.create(args[1]))
			.discoveryScheme("http")
			.timeout(DEADLINE)
			.build()) {
			Map<String, String> payload = Map.of("greeting", "hello");
			long start = System.nanoTime();
			AtomicLong end = new AtomicLong();
			CompletableFuture<Throwable> failure = new CompletableFuture<>();
			if ("blocking".equals(args[0])) {
				try {
					new FunctionsTemplate(reactive).invokeByUuid(Emulators.UUID, payload);
				}
				catch (RuntimeException ex) {
					end.set(System.nanoTime());
					failure.complete(ex);
				}
			}
			else {
				reactive.invokeByUuid(Emulators.UUID, payload).subscribe(null, (ex) -> {
					end.set(System.nanoTime());
					failure.complete(ex);
				}, () -> failure.complete(null));
			}
			Throwable ex = failure.get(30, TimeUnit.SECONDS);
			System.out.println("elapsed-ms=" + TimeUnit.NANOSECONDS.toMillis(end.get() - start));
			if (ex != null) {
				System.out.println("failure=" + ex.getClass().getName());
				System.out.println("message=" + ex.getMessage());
				if (ex instanceof FaaSException faas) {
					System.out.println("request-id=" + faas.getRequestId());
				}
			}
		}
		System.exit(0);
	}

}
