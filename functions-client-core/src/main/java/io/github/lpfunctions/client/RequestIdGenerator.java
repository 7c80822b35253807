package io.github.lpfunctions.client;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Makes the {@code X-Request-ID} of a call that sets none in its
 * {@link InvocationOptions#requestId() options}, for example to reuse the trace id of the
 * request being served, or a prefix that names the calling service. The id is generated
 * once per call and kept across its retries; a per-call request id always wins.
 * <p>
 * The template checks every generated id as it checks a per-call one (1 to 256 visible
 * ASCII characters, no spaces): a generator that breaks the rule fails the call with an
 * {@link IllegalArgumentException} before anything is sent. In the Spring Boot starter, a
 * single bean of this type replaces the default.
 *
 * @author LivePerson Functions for Spring contributors
 * @see AbstractFunctionsTemplateBuilder#requestIdGenerator(RequestIdGenerator)
 */
@FunctionalInterface
public interface RequestIdGenerator {

	/**
	 * Make the request id of one call. Called on the caller's thread, when the operation
	 * is called; it must not block.
	 * @return the request id
	 */
	String generate();

	/**
	 * The default: a random (version 4) UUID per call. A request id correlates log lines
	 * and need not be unguessable, so its bits come from {@link ThreadLocalRandom}:
	 * {@link UUID#randomUUID()} draws from the shared {@code SecureRandom}, which takes
	 * longer than a cached answer and makes concurrent callers wait for each other.
	 * @return the generator of random UUIDs
	 */
	static RequestIdGenerator randomUuid() {
		return () -> {
			ThreadLocalRandom random = ThreadLocalRandom.current();
			long version4 = (random.nextLong() & ~0xF000L) | 0x4000L;
			long variant2 = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
			return new UUID(version4, variant2).toString();
		};
	}

}
