package io.github.lpfunctions.client;

import org.jspecify.annotations.Nullable;

/**
 * No access token could be obtained: the authorization server (or the Login API) refused
 * the credentials, answered with an error, or could not be reached. Its subtype
 * {@link FaaSCallerAuthenticationException} says that LivePerson refused the credentials
 * a caller gave for one call.
 *
 * @author LivePerson Functions for Spring contributors
 */
public class FaaSAuthenticationException extends FaaSException {

	private final int statusCode;

	private final @Nullable String errorCode;

	/**
	 * Create an exception.
	 * @param message what went wrong, naming the authorization server but never a secret
	 * @param statusCode the HTTP status the authorization server answered, or 0 when it
	 * could not be reached
	 * @param errorCode the OAuth 2.0 error code it answered, such as
	 * {@code invalid_client}, if any
	 * @param cause the underlying failure, if any
	 */
	public FaaSAuthenticationException(String message, int statusCode, @Nullable String errorCode,
			@Nullable Throwable cause) {
		this(message, statusCode, errorCode, null, cause);
	}

	/**
	 * Create an exception for a refused request that carried a request id.
	 * @param message what went wrong, never naming a secret
	 * @param statusCode the HTTP status answered, or 0 when no answer came
	 * @param errorCode the error code answered, if any
	 * @param requestId the {@code X-Request-ID} of the refused request, if any
	 * @param cause the underlying failure, if any
	 */
	protected FaaSAuthenticationException(String message, int statusCode, @Nullable String errorCode,
			@Nullable String requestId, @Nullable Throwable cause) {
		super(message, requestId, cause);
		this.statusCode = statusCode;
		this.errorCode = errorCode;
	}

	/**
	 * Return the HTTP status the authorization server answered.
	 * @return the status, or 0 when it could not be reached
	 */
	public int getStatusCode() {
		return this.statusCode;
	}

	/**
	 * Return the OAuth 2.0 error code the authorization server answered.
	 * @return the error code such as {@code invalid_client}, or {@code null}
	 */
	public @Nullable String getErrorCode() {
		return this.errorCode;
	}

	/**
	 * Whether the authorization server rejected the client credentials themselves, so
	 * that trying again will not help until the configuration is fixed.
	 * @return {@code true} for 400 and 401 answers and the {@code invalid_client} and
	 * {@code unauthorized_client} errors
	 */
	public boolean isBadCredentials() {
		return this.statusCode == 400 || this.statusCode == 401 || "invalid_client".equals(this.errorCode)
				|| "unauthorized_client".equals(this.errorCode);
	}

}
