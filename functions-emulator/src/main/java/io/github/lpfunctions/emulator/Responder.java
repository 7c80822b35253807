package io.github.lpfunctions.emulator;

import org.jspecify.annotations.Nullable;

/**
 * Answers requests to an {@link Endpoint} in place of the emulator, or lets the emulator
 * answer. It runs on the server's event loop, so it must not block: a slow answer is
 * {@link ScriptedResponse#delayedBy(java.time.Duration)}.
 *
 * @author LivePerson Functions for Spring contributors
 * @see FaultInjector#respond(Endpoint, Responder)
 */
@FunctionalInterface
public interface Responder {

	/**
	 * Answer a request.
	 * @param request the request as it was sent, secrets included
	 * @return the answer, or {@code null} to let the emulator answer as usual
	 */
	@Nullable ScriptedResponse respond(UnmaskedRequest request);

}
