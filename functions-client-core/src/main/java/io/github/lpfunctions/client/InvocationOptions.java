package io.github.lpfunctions.client;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;

import io.github.lpfunctions.client.auth.BearerTokenAuthentication;
import io.github.lpfunctions.client.auth.ClientAuthentication;
import io.github.lpfunctions.client.support.Arguments;

/**
 * Per-call options of an invocation. Every option is optional; what is left out takes the
 * template's configuration.
 *
 * @param headers headers handed to the function in the body's {@code headers} list
 * @param requestId the {@code X-Request-ID} to send; generated when {@code null}
 * @param timeout the deadline of this call, retries included; the template's when
 * {@code null}
 * @param eventSource the caller's name sent as {@code externalSystem} (V1) or
 * {@code LP-EventSource} (V2); the template's when {@code null}
 * @param skillId the skill the call is made for, sent as the {@code skillId} query
 * parameter
 * @param idempotent whether the function may safely run twice, which allows retries after
 * timeouts, resets and 5xx answers; the template's setting when {@code null}
 * @param authentication the credentials of this one call, such as a signed-in user's
 * access token, which replace the template's own for this call only; the template's when
 * {@code null}. They are sent only to the account's resolved LivePerson hosts, and a 401
 * answered to them is a {@link FaaSCallerAuthenticationException}: the template's own
 * credentials are never tried instead.
 * @param userId the user an isImplemented call on platform V2 is asked for, sent as the
 * {@code userId} query parameter as LivePerson's Node client sends it; not sent on V1,
 * whose isImplemented takes none, nor by other operations
 * @param timestamp the {@code timestamp} of an invocation's body, such as the time of the
 * event that caused the call; the template clock's "now" when {@code null}
 */
public record InvocationOptions(List<InvocationHeader> headers, @Nullable String requestId, @Nullable Duration timeout,
		@Nullable String eventSource, @Nullable String skillId, @Nullable Boolean idempotent,
		@Nullable ClientAuthentication authentication, @Nullable String userId, @Nullable Instant timestamp) {

	private static final InvocationOptions NONE = new InvocationOptions(List.of(), null, null, null, null, null, null,
			null, null);

	/**
	 * Validate the options.
	 * @param headers the invocation headers
	 * @param requestId the request id
	 * @param timeout the deadline
	 * @param eventSource the event source
	 * @param skillId the skill id
	 * @param idempotent whether retries after sending are safe
	 * @param authentication the credentials of this call, if not the template's
	 * @param userId the user of a V2 isImplemented call
	 * @param timestamp the body's timestamp
	 */
	public InvocationOptions {
		headers = List.copyOf(headers);
		if (requestId != null) {
			Arguments.requestId(requestId);
		}
		if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
			throw new IllegalArgumentException("'timeout' must be positive but was " + timeout);
		}
		if (eventSource != null) {
			Arguments.headerValue(eventSource, "eventSource");
		}
		if (skillId != null) {
			Arguments.headerValue(skillId, "skillId");
		}
		if (userId != null) {
			Arguments.headerValue(Arguments.notBlank(userId, "userId"), "userId");
		}
	}

	/**
	 * Create options without a user id and with the template clock's timestamp.
	 * @param headers the invocation headers
	 * @param requestId the request id
	 * @param timeout the deadline
	 * @param eventSource the event source
	 * @param skillId the skill id
	 * @param idempotent whether retries after sending are safe
	 * @param authentication the credentials of this call, if not the template's
	 */
	public InvocationOptions(List<InvocationHeader> headers, @Nullable String requestId, @Nullable Duration timeout,
			@Nullable String eventSource, @Nullable String skillId, @Nullable Boolean idempotent,
			@Nullable ClientAuthentication authentication) {
		this(headers, requestId, timeout, eventSource, skillId, idempotent, authentication, null, null);
	}

	/**
	 * Create options that use the template's credentials.
	 * @param headers the invocation headers
	 * @param requestId the request id
	 * @param timeout the deadline
	 * @param eventSource the event source
	 * @param skillId the skill id
	 * @param idempotent whether retries after sending are safe
	 */
	public InvocationOptions(List<InvocationHeader> headers, @Nullable String requestId, @Nullable Duration timeout,
			@Nullable String eventSource, @Nullable String skillId, @Nullable Boolean idempotent) {
		this(headers, requestId, timeout, eventSource, skillId, idempotent, null, null, null);
	}

	/**
	 * Options that change nothing.
	 * @return the empty options
	 */
	public static InvocationOptions none() {
		return NONE;
	}

	/**
	 * Start building options.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder of {@link InvocationOptions}.
	 */
	public static final class Builder {

		private final List<InvocationHeader> headers = new ArrayList<>();

		private @Nullable String requestId;

		private @Nullable Duration timeout;

		private @Nullable String eventSource;

		private @Nullable String skillId;

		private @Nullable Boolean idempotent;

		private @Nullable ClientAuthentication authentication;

		private @Nullable String userId;

		private @Nullable Instant timestamp;

		private Builder() {
		}

		/**
		 * Add a header for the function's {@code headers} list.
		 * @param key the header name
		 * @param value the header value
		 * @return this builder
		 */
		public Builder header(String key, String value) {
			this.headers.add(new InvocationHeader(key, value));
			return this;
		}

		/**
		 * Set the {@code X-Request-ID}, to correlate the call with your own logs.
		 * @param requestId the request id
		 * @return this builder
		 */
		public Builder requestId(String requestId) {
			this.requestId = requestId;
			return this;
		}

		/**
		 * Set the deadline of this call, retries included.
		 * @param timeout the deadline
		 * @return this builder
		 */
		public Builder timeout(Duration timeout) {
			this.timeout = timeout;
			return this;
		}

		/**
		 * Set the caller's name for this call.
		 * @param eventSource the event source
		 * @return this builder
		 */
		public Builder eventSource(String eventSource) {
			this.eventSource = eventSource;
			return this;
		}

		/**
		 * Set the skill the call is made for.
		 * @param skillId the skill id
		 * @return this builder
		 */
		public Builder skillId(String skillId) {
			this.skillId = skillId;
			return this;
		}

		/**
		 * Declare whether the function may safely run twice for this call.
		 * @param idempotent {@code true} to allow retries after the request may have been
		 * sent
		 * @return this builder
		 */
		public Builder idempotent(boolean idempotent) {
			this.idempotent = idempotent;
			return this;
		}

		/**
		 * Authorize this one call with the given credentials instead of the template's,
		 * for example a {@link io.github.lpfunctions.client.auth.LoginApiAuthentication}
		 * or a strategy of your own.
		 * @param authentication the credentials of this call
		 * @return this builder
		 */
		public Builder authentication(ClientAuthentication authentication) {
			this.authentication = Arguments.notNull(authentication, "authentication");
			return this;
		}

		/**
		 * Authorize this one call with a user's access token, such as the token of a
		 * Conversational Cloud user with the FaaS-Invocation privilege; it is sent as
		 * {@code Authorization: Bearer <accessToken>}.
		 * @param accessToken the access token
		 * @return this builder
		 */
		public Builder bearerToken(String accessToken) {
			String token = Arguments.headerValue(Arguments.notBlank(accessToken, "accessToken"), "accessToken");
			this.authentication = new BearerTokenAuthentication(() -> token);
			return this;
		}

		/**
		 * Authorize this one call with the access token of a Spring Security authorized
		 * client, such as the one of the user signed in with {@code oauth2Login}. The
		 * token is taken as it is: have an {@code OAuth2AuthorizedClientManager} refresh
		 * it before.
		 * @param authorizedClient the authorized client
		 * @return this builder
		 */
		public Builder authorizedClient(OAuth2AuthorizedClient authorizedClient) {
			this.authentication = new AuthorizedClientAuthentication(
					Arguments.notNull(authorizedClient, "authorizedClient"));
			return this;
		}

		/**
		 * Set the user an isImplemented call on platform V2 is asked for, sent as the
		 * {@code userId} query parameter.
		 * @param userId the user id
		 * @return this builder
		 */
		public Builder userId(String userId) {
			this.userId = userId;
			return this;
		}

		/**
		 * Set the {@code timestamp} of the invocation's body instead of the template
		 * clock's "now", such as the time of the event that caused the call.
		 * @param timestamp the timestamp, sent in epoch milliseconds
		 * @return this builder
		 */
		public Builder timestamp(Instant timestamp) {
			this.timestamp = Arguments.notNull(timestamp, "timestamp");
			return this;
		}

		/**
		 * Build the options.
		 * @return the options
		 */
		public InvocationOptions build() {
			return new InvocationOptions(this.headers, this.requestId, this.timeout, this.eventSource, this.skillId,
					this.idempotent, this.authentication, this.userId, this.timestamp);
		}

	}

}
