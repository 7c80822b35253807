package io.github.lpfunctions.client;

import org.jspecify.annotations.Nullable;

/**
 * LivePerson answered 401 to the credentials the caller gave for this one call (see
 * {@link InvocationOptions#authentication()}), such as a signed-in user's expired or
 * revoked access token. The template's own credentials were not tried instead: sign the
 * user in again, or refresh their token.
 *
 * @author LivePerson Functions for Spring contributors
 */
public class FaaSCallerAuthenticationException extends FaaSAuthenticationException {

	/**
	 * Create an exception.
	 * @param message what was refused, naming the caller's credentials but never a secret
	 * @param statusCode the HTTP status LivePerson answered, usually 401
	 * @param errorCode the error code of the answer, if any
	 * @param requestId the {@code X-Request-ID} of the refused request
	 */
	public FaaSCallerAuthenticationException(String message, int statusCode, @Nullable String errorCode,
			@Nullable String requestId) {
		super(message, statusCode, errorCode, requestId, null);
	}

}
