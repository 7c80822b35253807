package io.github.lpfunctions.emulator.gateway;

import org.jspecify.annotations.Nullable;

/**
 * What one execution of a function came to: a result, or an error with its status.
 *
 * @param result the result, when there is no error
 * @param errorStatus the HTTP status of the error
 * @param errorCode the error code, or {@code null} for a success
 * @param errorMessage the error message
 * @author LivePerson Functions for Spring contributors
 */
record Outcome(@Nullable Object result, int errorStatus, @Nullable String errorCode, String errorMessage) {

	static Outcome success(@Nullable Object result) {
		return new Outcome(result, 200, null, "");
	}

	static Outcome failure(int status, String code, String message) {
		return new Outcome(null, status, code, message);
	}

}
