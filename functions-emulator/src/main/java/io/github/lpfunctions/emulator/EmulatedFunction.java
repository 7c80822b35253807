package io.github.lpfunctions.emulator;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * A function deployed on the emulator: what it answers when invoked.
 * <p>
 * A function with an {@link #errorCode()} fails with that code; otherwise one that
 * {@link #reportsCaller() reports its caller} answers who invoked it; otherwise one with
 * a {@link #result()} returns it; otherwise it echoes the invocation payload. Create one
 * with {@link #echo(String)}, {@link #returning(String, Object)},
 * {@link #failing(String, String, String)} or {@link #whoAmI(String)}, and refine it with
 * its {@code with...} methods, each returning a copy.
 *
 * @param uuid the function UUID
 * @param name the function name
 * @param description a description, shown in listings
 * @param eventId the event the function is bound to, or {@code null}
 * @param state the lifecycle state; only {@link FunctionState#PRODUCTIVE} functions run
 * @param result the JSON value returned (maps, lists, strings, numbers, booleans), or
 * {@code null} to echo the payload
 * @param errorCode the error code the function fails with, or {@code null}
 * @param errorMessage the error message the function fails with, or {@code null}
 * @param errorStatus the HTTP status of the failure, or {@code null} for the status the
 * platform uses for {@code errorCode}
 * @param delay how long an invocation takes
 * @param reportsCaller whether the function answers who invoked it instead of its result
 * (see {@link #whoAmI(String)})
 * @param details what the listings show beyond name, description, state and event
 * @author LivePerson Functions for Spring contributors
 */
public record EmulatedFunction(String uuid, String name, @Nullable String description, @Nullable String eventId,
		FunctionState state, @Nullable Object result, @Nullable String errorCode, @Nullable String errorMessage,
		@Nullable Integer errorStatus, Duration delay, boolean reportsCaller, FunctionDetails details) {

	/**
	 * Create a new instance, validating the arguments.
	 * @param uuid the function UUID
	 * @param name the function name
	 * @param description a description
	 * @param eventId the event the function is bound to
	 * @param state the lifecycle state
	 * @param result the JSON value returned
	 * @param errorCode the error code the function fails with
	 * @param errorMessage the error message the function fails with
	 * @param errorStatus the HTTP status of the failure
	 * @param delay how long an invocation takes
	 * @param reportsCaller whether the function answers who invoked it
	 * @param details what the listings show of it
	 */
	public EmulatedFunction {
		Assert.notNull(details, "'details' must not be null");
		Assert.hasText(uuid, "'uuid' must not be empty");
		Assert.hasText(name, "'name' must not be empty");
		Assert.notNull(state, "'state' must not be null");
		Assert.notNull(delay, "'delay' must not be null");
		Assert.isTrue(!delay.isNegative(), "'delay' must not be negative");
		Assert.isTrue(errorStatus == null || (errorStatus >= 100 && errorStatus <= 999),
				"'errorStatus' must be a three-digit HTTP status");
	}

	/**
	 * Create a new instance with {@link FunctionDetails#defaults() default details}.
	 * @param uuid the function UUID
	 * @param name the function name
	 * @param description a description
	 * @param eventId the event the function is bound to
	 * @param state the lifecycle state
	 * @param result the JSON value returned
	 * @param errorCode the error code the function fails with
	 * @param errorMessage the error message the function fails with
	 * @param errorStatus the HTTP status of the failure
	 * @param delay how long an invocation takes
	 * @param reportsCaller whether the function answers who invoked it
	 */
	public EmulatedFunction(String uuid, String name, @Nullable String description, @Nullable String eventId,
			FunctionState state, @Nullable Object result, @Nullable String errorCode, @Nullable String errorMessage,
			@Nullable Integer errorStatus, Duration delay, boolean reportsCaller) {
		this(uuid, name, description, eventId, state, result, errorCode, errorMessage, errorStatus, delay,
				reportsCaller, FunctionDetails.defaults());
	}

	/**
	 * A productive function that answers with the invocation payload.
	 * @param uuid the function UUID
	 * @return the function
	 */
	public static EmulatedFunction echo(String uuid) {
		return new EmulatedFunction(uuid, "function-" + uuid, null, null, FunctionState.PRODUCTIVE, null, null, null,
				null, Duration.ZERO, false);
	}

	/**
	 * A productive function that answers with a fixed result.
	 * @param uuid the function UUID
	 * @param result the JSON value to return (maps, lists, strings, numbers, booleans)
	 * @return the function
	 */
	public static EmulatedFunction returning(String uuid, Object result) {
		return echo(uuid).withResult(result);
	}

	/**
	 * A productive function that fails with the given error code.
	 * @param uuid the function UUID
	 * @param errorCode the error code, e.g.
	 * {@code com.liveperson.faas.handler.custom-failure}
	 * @param errorMessage the error message
	 * @return the function
	 */
	public static EmulatedFunction failing(String uuid, String errorCode, String errorMessage) {
		return echo(uuid).withError(errorCode, errorMessage);
	}

	/**
	 * A productive function that answers who invoked it, as the gateway authenticated the
	 * caller: {@code {"sub", "user", "userId", "clientId", "payload"}}, where {@code sub}
	 * is the subject of the caller's token, {@code user} the user name (JSON {@code null}
	 * for an application's client-credentials token), {@code userId} the user's id,
	 * {@code clientId} the OAuth client the token was issued to (null for a Login API
	 * bearer) and {@code payload} the invocation payload.
	 * @param uuid the function UUID
	 * @return the function
	 */
	public static EmulatedFunction whoAmI(String uuid) {
		return new EmulatedFunction(uuid, "who-am-i", "Answers who invoked it", null, FunctionState.PRODUCTIVE, null,
				null, null, null, Duration.ZERO, true);
	}

	/**
	 * Return a copy with the given name.
	 * @param name the name
	 * @return a new function
	 */
	public EmulatedFunction withName(String name) {
		return new EmulatedFunction(this.uuid, name, this.description, this.eventId, this.state, this.result,
				this.errorCode, this.errorMessage, this.errorStatus, this.delay, this.reportsCaller, this.details);
	}

	/**
	 * Return a copy with the given description.
	 * @param description the description
	 * @return a new function
	 */
	public EmulatedFunction withDescription(@Nullable String description) {
		return new EmulatedFunction(this.uuid, this.name, description, this.eventId, this.state, this.result,
				this.errorCode, this.errorMessage, this.errorStatus, this.delay, this.reportsCaller, this.details);
	}

	/**
	 * Return a copy bound to the given event.
	 * @param eventId the event id, or {@code null} for none
	 * @return a new function
	 */
	public EmulatedFunction withEvent(@Nullable String eventId) {
		return new EmulatedFunction(this.uuid, this.name, this.description, eventId, this.state, this.result,
				this.errorCode, this.errorMessage, this.errorStatus, this.delay, this.reportsCaller, this.details);
	}

	/**
	 * Return a copy in the given state.
	 * @param state the state
	 * @return a new function
	 */
	public EmulatedFunction withState(FunctionState state) {
		return new EmulatedFunction(this.uuid, this.name, this.description, this.eventId, state, this.result,
				this.errorCode, this.errorMessage, this.errorStatus, this.delay, this.reportsCaller, this.details);
	}

	/**
	 * Return a copy that answers with the given result and no error.
	 * @param result the JSON value to return, or {@code null} to echo the payload
	 * @return a new function
	 */
	public EmulatedFunction withResult(@Nullable Object result) {
		return new EmulatedFunction(this.uuid, this.name, this.description, this.eventId, this.state, result, null,
				null, null, this.delay, false, this.details);
	}

	/**
	 * Return a copy that fails with the given code and message.
	 * @param errorCode the error code
	 * @param errorMessage the error message
	 * @return a new function
	 */
	public EmulatedFunction withError(String errorCode, @Nullable String errorMessage) {
		Assert.hasText(errorCode, "'errorCode' must not be empty");
		return new EmulatedFunction(this.uuid, this.name, this.description, this.eventId, this.state, null, errorCode,
				errorMessage, this.errorStatus, this.delay, false, this.details);
	}

	/**
	 * Return a copy whose failure uses the given HTTP status instead of the platform's.
	 * @param errorStatus the status, e.g. {@code 500}
	 * @return a new function
	 */
	public EmulatedFunction withErrorStatus(@Nullable Integer errorStatus) {
		return new EmulatedFunction(this.uuid, this.name, this.description, this.eventId, this.state, this.result,
				this.errorCode, this.errorMessage, errorStatus, this.delay, this.reportsCaller, this.details);
	}

	/**
	 * Return a copy whose invocations take the given time.
	 * @param delay the delay
	 * @return a new function
	 */
	public EmulatedFunction withDelay(Duration delay) {
		return new EmulatedFunction(this.uuid, this.name, this.description, this.eventId, this.state, this.result,
				this.errorCode, this.errorMessage, this.errorStatus, delay, this.reportsCaller, this.details);
	}

	/**
	 * Return a copy with the given listing details.
	 * @param details what the listings show of the function
	 * @return a new function
	 */
	public EmulatedFunction withDetails(FunctionDetails details) {
		return new EmulatedFunction(this.uuid, this.name, this.description, this.eventId, this.state, this.result,
				this.errorCode, this.errorMessage, this.errorStatus, this.delay, this.reportsCaller, details);
	}

	/**
	 * Return a copy bound to the given skills, as the V2 listing shows them.
	 * @param skills the skill ids
	 * @return a new function
	 */
	public EmulatedFunction withSkills(String... skills) {
		return withDetails(this.details.withSkills(skills));
	}

	/**
	 * Whether the function can be invoked.
	 * @return {@code true} if the function is productive
	 */
	public boolean isProductive() {
		return this.state == FunctionState.PRODUCTIVE;
	}

}
