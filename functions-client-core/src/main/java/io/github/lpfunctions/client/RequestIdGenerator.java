package io.github.lpfunctions.client;

import java.util.UUID;

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
	 * The default: a random UUID per call.
	 * @return the generator of random UUIDs
	 */
	static RequestIdGenerator randomUuid() {
		return () -> UUID.randomUUID().toString();
	}

}
