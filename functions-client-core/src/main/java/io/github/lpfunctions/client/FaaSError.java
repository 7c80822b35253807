package io.github.lpfunctions.client;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;

/**
 * The error a LivePerson Functions service reported: V1 bodies
 * {@code {"errorCode","errorMsg"}} and V2 bodies {@code {"code","message"}} both end up
 * here. Written as JSON it is {@code {"errorCode","errorMessage"}}.
 *
 * @param errorCode the platform's error code, such as
 * {@code com.liveperson.faas.es.missinglambda}; {@code null} when the response carried
 * none
 * @param errorMessage the platform's message; {@code null} when the response carried none
 */
public record FaaSError(@Nullable String errorCode, @Nullable String errorMessage) {

	private static final Map<String, String> V1_EQUIVALENTS = Map.of("com.liveperson.faas.evg.general",
			"com.liveperson.faas.es.general", "com.liveperson.faas.evg.invalid", "com.liveperson.faas.es.badinput",
			"com.customer.faas.function.threw-error", "com.liveperson.faas.handler.custom-failure",
			"com.customer.faas.function.js-runtime-error", "com.liveperson.faas.handler.runtime-exception",
			"com.customer.faas.function.execution-exceeded", "com.liveperson.faas.handler.executiontime-exceeded",
			"com.liveperson.faas.function.not-found", "com.liveperson.faas.es.missinglambda",
			"com.liveperson.faas.function.runtime.limit-reached", "com.liveperson.faas.handler.log-limit-reached");

	/**
	 * Return the V1 code that means the same as this error's code, so that code written
	 * against V1 codes keeps working on platform V2. A V1 code is returned as it is.
	 * @return the V1 equivalent, or {@code null} when there is none (for example
	 * {@code com.liveperson.faas.self-service.pending}) or no code at all
	 */
	public @Nullable String v1ErrorCode() {
		if (this.errorCode == null) {
			return null;
		}
		if (this.errorCode.startsWith("com.liveperson.faas.es.") || this.errorCode.startsWith("com.liveperson.faas.fm.")
				|| this.errorCode.startsWith("com.liveperson.faas.handler.")) {
			return this.errorCode;
		}
		return V1_EQUIVALENTS.get(this.errorCode);
	}

	/**
	 * Whether this error was raised by the function's own code (it threw, crashed, ran
	 * too long or logged too much) rather than by the platform.
	 * @return {@code true} for {@code com.liveperson.faas.handler.*} and
	 * {@code com.customer.faas.function.*} codes
	 */
	@JsonIgnore
	public boolean isFunctionError() {
		return this.errorCode != null && (this.errorCode.startsWith("com.liveperson.faas.handler.")
				|| this.errorCode.startsWith("com.customer.faas.function.")
				|| this.errorCode.equals("com.liveperson.faas.function.runtime.limit-reached"));
	}

}
