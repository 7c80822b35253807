package io.github.lpfunctions.emulator.gateway;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.lpfunctions.emulator.Platform;

/**
 * The platform's error codes, their V1/V2 equivalents and the HTTP status of each.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class ErrorCodes {

	/** General error (V1). */
	public static final String GENERAL = "com.liveperson.faas.es.general";

	/** A remote system could not be reached (V1). */
	public static final String UNAVAILABLE = "com.liveperson.faas.es.unavailable";

	/** Payload malformed or value missing (V1). */
	public static final String BAD_INPUT = "com.liveperson.faas.es.badinput";

	/** Function not deployed (V1). */
	public static final String NOT_DEPLOYED = "com.liveperson.faas.es.notdeployed";

	/** Function does not exist (V1). */
	public static final String MISSING_LAMBDA = "com.liveperson.faas.es.missinglambda";

	/**
	 * Missing or invalid authentication. The platform does not document a code for it;
	 * this one is the emulator's.
	 */
	public static final String UNAUTHORIZED = "com.liveperson.faas.es.unauthorized";

	/**
	 * A user's token without the FaaS-Invocation privilege. The platform does not
	 * document a code for it; this one is the emulator's.
	 */
	public static final String FORBIDDEN = "com.liveperson.faas.es.forbidden";

	/** Too many requests; the emulator's code. */
	public static final String RATE_LIMITED = "com.liveperson.faas.es.ratelimited";

	/** The function returned an error on purpose (V1). */
	public static final String CUSTOM_FAILURE = "com.liveperson.faas.handler.custom-failure";

	/** The function ran past its window (V1). */
	public static final String EXECUTION_TIME_EXCEEDED = "com.liveperson.faas.handler.executiontime-exceeded";

	private static final Map<String, String> V1_TO_V2 = Map.of(GENERAL, "com.liveperson.faas.evg.general", BAD_INPUT,
			"com.liveperson.faas.evg.invalid", CUSTOM_FAILURE, "com.customer.faas.function.threw-error",
			"com.liveperson.faas.handler.runtime-exception", "com.customer.faas.function.js-runtime-error",
			EXECUTION_TIME_EXCEEDED, "com.customer.faas.function.execution-exceeded", MISSING_LAMBDA,
			"com.liveperson.faas.function.not-found", "com.liveperson.faas.handler.log-limit-reached",
			"com.liveperson.faas.function.runtime.limit-reached");

	private static final Map<String, String> V2_TO_V1 = V1_TO_V2.entrySet()
		.stream()
		.collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

	private ErrorCodes() {
	}

	/**
	 * Translate a code to the given platform: V1 codes that have a V2 equivalent become
	 * it on V2 and the other way round; other codes stay as they are.
	 * @param code the code
	 * @param platform the platform
	 * @return the code as that platform names it
	 */
	public static String forPlatform(String code, Platform platform) {
		if (platform == Platform.V2) {
			return V1_TO_V2.getOrDefault(code, code);
		}
		return V2_TO_V1.getOrDefault(code, code);
	}

	/**
	 * Return the HTTP status the platform answers a code with: 901 for failures of the
	 * function itself, 400, 404, 502 for the matching platform codes, 500 otherwise.
	 * @param code the code, V1 or V2
	 * @return the status
	 */
	public static int status(String code) {
		String v1 = forPlatform(code, Platform.V1);
		if (v1.startsWith("com.liveperson.faas.handler.") || v1.startsWith("com.customer.faas.function.")) {
			return 901;
		}
		return switch (v1) {
			case BAD_INPUT -> 400;
			case UNAUTHORIZED -> 401;
			case FORBIDDEN -> 403;
			case MISSING_LAMBDA, NOT_DEPLOYED -> 404;
			case RATE_LIMITED -> 429;
			case UNAVAILABLE, "com.liveperson.faas.fm.unavailable" -> 502;
			default -> 500;
		};
	}

	/**
	 * Return an error body in the platform's format: V1
	 * {@code {"errorCode","errorMsg","errorLogs"}}, V2 {@code {"code","message"}}.
	 * @param platform the platform
	 * @param code the code (translated to the platform)
	 * @param message the message
	 * @return the body
	 */
	public static Map<String, Object> body(Platform platform, String code, String message) {
		String translated = forPlatform(code, platform);
		Map<String, Object> body = new LinkedHashMap<>();
		if (platform == Platform.V2) {
			body.put("code", translated);
			body.put("message", message);
			return body;
		}
		body.put("errorCode", translated);
		body.put("errorMsg", message);
		body.put("errorLogs", List.of());
		return body;
	}

}
