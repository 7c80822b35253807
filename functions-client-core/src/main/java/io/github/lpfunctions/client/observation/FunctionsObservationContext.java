package io.github.lpfunctions.client.observation;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * What an observation of one LivePerson Functions operation knows: set up by the template
 * before the call, completed as the answer arrives.
 *
 * @author LivePerson Functions for Spring contributors
 */
public class FunctionsObservationContext extends Observation.Context {

	private final String operation;

	private final String accountId;

	private @Nullable String platform;

	private @Nullable String functionUuid;

	private @Nullable String eventId;

	private @Nullable String requestId;

	private int status;

	private @Nullable String errorCode;

	private @Nullable Boolean cacheHit;

	private @Nullable String eventSource;

	private @Nullable String skillId;

	/**
	 * Create a context.
	 * @param operation {@code invoke}, {@code invoke-event}, {@code is-implemented},
	 * {@code get-lambdas} or {@code get-functions}
	 * @param accountId the LivePerson account
	 */
	public FunctionsObservationContext(String operation, String accountId) {
		this.operation = operation;
		this.accountId = accountId;
	}

	/**
	 * Return the operation name.
	 * @return the operation
	 */
	public String getOperation() {
		return this.operation;
	}

	/**
	 * Return the account.
	 * @return the account id
	 */
	public String getAccountId() {
		return this.accountId;
	}

	/**
	 * Return the platform generation, once known.
	 * @return {@code v1}, {@code v2} or {@code null}
	 */
	public @Nullable String getPlatform() {
		return this.platform;
	}

	/**
	 * Set the platform generation.
	 * @param platform {@code v1} or {@code v2}
	 */
	public void setPlatform(@Nullable String platform) {
		this.platform = platform;
	}

	/**
	 * Return the invoked function.
	 * @return the function UUID, or {@code null}
	 */
	public @Nullable String getFunctionUuid() {
		return this.functionUuid;
	}

	/**
	 * Set the invoked function.
	 * @param functionUuid the function UUID
	 */
	public void setFunctionUuid(@Nullable String functionUuid) {
		this.functionUuid = functionUuid;
	}

	/**
	 * Return the event of the call.
	 * @return the event id, or {@code null}
	 */
	public @Nullable String getEventId() {
		return this.eventId;
	}

	/**
	 * Set the event of the call.
	 * @param eventId the event id
	 */
	public void setEventId(@Nullable String eventId) {
		this.eventId = eventId;
	}

	/**
	 * Return the request id sent.
	 * @return the {@code X-Request-ID}, or {@code null}
	 */
	public @Nullable String getRequestId() {
		return this.requestId;
	}

	/**
	 * Set the request id sent.
	 * @param requestId the {@code X-Request-ID}
	 */
	public void setRequestId(@Nullable String requestId) {
		this.requestId = requestId;
	}

	/**
	 * Return the HTTP status of the last answer.
	 * @return the status, or 0 when no answer arrived
	 */
	public int getStatus() {
		return this.status;
	}

	/**
	 * Set the HTTP status of the answer.
	 * @param status the status
	 */
	public void setStatus(int status) {
		this.status = status;
	}

	/**
	 * Return the platform's error code of a failed call.
	 * @return the error code, or {@code null}
	 */
	public @Nullable String getErrorCode() {
		return this.errorCode;
	}

	/**
	 * Set the platform's error code.
	 * @param errorCode the error code
	 */
	public void setErrorCode(@Nullable String errorCode) {
		this.errorCode = errorCode;
	}

	/**
	 * Return whether an isImplemented answer came from the cache.
	 * @return {@code true} for a hit, {@code false} for a miss, {@code null} for other
	 * operations
	 */
	public @Nullable Boolean getCacheHit() {
		return this.cacheHit;
	}

	/**
	 * Set whether an isImplemented answer came from the cache.
	 * @param cacheHit whether it was a hit
	 */
	public void setCacheHit(@Nullable Boolean cacheHit) {
		this.cacheHit = cacheHit;
	}

	/**
	 * Return the caller's name the request carries ({@code externalSystem} on V1,
	 * {@code LP-EventSource} on V2).
	 * @return the event source, or {@code null} before it is known
	 */
	public @Nullable String getEventSource() {
		return this.eventSource;
	}

	/**
	 * Set the caller's name the request carries.
	 * @param eventSource the event source
	 */
	public void setEventSource(@Nullable String eventSource) {
		this.eventSource = eventSource;
	}

	/**
	 * Return the skill the call names.
	 * @return the skill id, or {@code null} when the call names none
	 */
	public @Nullable String getSkillId() {
		return this.skillId;
	}

	/**
	 * Set the skill the call names.
	 * @param skillId the skill id, or {@code null}
	 */
	public void setSkillId(@Nullable String skillId) {
		this.skillId = skillId;
	}

}
