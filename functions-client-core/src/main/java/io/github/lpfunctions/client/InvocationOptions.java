package io.github.lpfunctions.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

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
 */
public record InvocationOptions(List<InvocationHeader> headers, @Nullable String requestId, @Nullable Duration timeout,
		@Nullable String eventSource, @Nullable String skillId, @Nullable Boolean idempotent) {

	private static final InvocationOptions NONE = new InvocationOptions(List.of(), null, null, null, null, null);

	/**
	 * Validate the options.
	 * @param headers the invocation headers
	 * @param requestId the request id
	 * @param timeout the deadline
	 * @param eventSource the event source
	 * @param skillId the skill id
	 * @param idempotent whether retries after sending are safe
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
		 * Build the options.
		 * @return the options
		 */
		public InvocationOptions build() {
			return new InvocationOptions(this.headers, this.requestId, this.timeout, this.eventSource, this.skillId,
					this.idempotent);
		}

	}

}
