package io.github.lpfunctions.client;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.core.ParameterizedTypeReference;

import io.github.lpfunctions.client.support.Arguments;

/**
 * The operations of LivePerson Functions, blocking: invoke a function by UUID or by
 * event, ask whether an event is implemented, list functions. Implemented by
 * {@link FunctionsTemplate}; inject this interface.
 * <p>
 * Bad input throws an {@link IllegalArgumentException} naming the argument before
 * anything is sent; every other failure throws a {@link FaaSException}:
 * {@link FaaSDetailedException} when the platform rejected the call,
 * {@link FaaSLambdaException} when the function itself failed. A {@code null} payload is
 * sent as {@code {}}. The {@code exchangeBy...} operations return the whole answer,
 * platform errors included, instead of only the result (see {@link InvocationResponse}).
 *
 * @author LivePerson Functions for Spring contributors
 * @see ReactiveFunctionsOperations
 */
public interface FunctionsOperations {

	/**
	 * Invoke a productive function and convert its result.
	 * @param functionUuid the function's UUID
	 * @param payload the payload, serialized to JSON; {@code null} sends {@code {}}
	 * @param responseType the type to convert the result to
	 * @param <T> the result type
	 * @return the result, or {@code null} when the function returned nothing
	 */
	<T> @Nullable T invokeByUuid(String functionUuid, @Nullable Object payload, Class<T> responseType);

	/**
	 * Invoke a productive function and convert its result to a generic type.
	 * @param functionUuid the function's UUID
	 * @param payload the payload, serialized to JSON; {@code null} sends {@code {}}
	 * @param responseType the type to convert the result to
	 * @param <T> the result type
	 * @return the result, or {@code null} when the function returned nothing
	 */
	<T> @Nullable T invokeByUuid(String functionUuid, @Nullable Object payload,
			ParameterizedTypeReference<T> responseType);

	/**
	 * Invoke a productive function with per-call options and convert its result.
	 * @param functionUuid the function's UUID
	 * @param payload the payload, serialized to JSON; {@code null} sends {@code {}}
	 * @param options headers, request id, timeout, event source, skill and idempotency of
	 * this call
	 * @param responseType the type to convert the result to
	 * @param <T> the result type
	 * @return the result, or {@code null} when the function returned nothing
	 */
	<T> @Nullable T invokeByUuid(String functionUuid, @Nullable Object payload, InvocationOptions options,
			ParameterizedTypeReference<T> responseType);

	/**
	 * Invoke a productive function and ignore its result: the answer is not parsed, so
	 * any successful answer completes the call.
	 * @param functionUuid the function's UUID
	 * @param payload the payload, serialized to JSON; {@code null} sends {@code {}}
	 */
	void invokeByUuid(String functionUuid, @Nullable Object payload);

	/**
	 * Invoke a productive function with per-call options and ignore its result.
	 * @param functionUuid the function's UUID
	 * @param payload the payload, serialized to JSON; {@code null} sends {@code {}}
	 * @param options headers, request id, timeout, event source, skill, idempotency and
	 * credentials of this call
	 */
	void invokeByUuid(String functionUuid, @Nullable Object payload, InvocationOptions options);

	/**
	 * Invoke every productive function bound to an event and convert their results.
	 * @param eventId the event, such as {@code conversational_command}
	 * @param payload the payload, serialized to JSON; {@code null} sends {@code {}}
	 * @param resultType the type to convert each function's result to
	 * @param <T> the result type
	 * @return one result per function that ran
	 */
	<T> List<EventInvocationResult<T>> invokeByEvent(String eventId, @Nullable Object payload, Class<T> resultType);

	/**
	 * Invoke every productive function bound to an event and convert their results to a
	 * generic type.
	 * @param eventId the event
	 * @param payload the payload, serialized to JSON; {@code null} sends {@code {}}
	 * @param resultType the type to convert each function's result to
	 * @param <T> the result type
	 * @return one result per function that ran
	 */
	<T> List<EventInvocationResult<T>> invokeByEvent(String eventId, @Nullable Object payload,
			ParameterizedTypeReference<T> resultType);

	/**
	 * Invoke every productive function bound to an event, with per-call options.
	 * @param eventId the event
	 * @param payload the payload, serialized to JSON; {@code null} sends {@code {}}
	 * @param options headers, request id, timeout, event source, skill and idempotency of
	 * this call
	 * @param resultType the type to convert each function's result to
	 * @param <T> the result type
	 * @return one result per function that ran
	 */
	<T> List<EventInvocationResult<T>> invokeByEvent(String eventId, @Nullable Object payload,
			InvocationOptions options, ParameterizedTypeReference<T> resultType);

	/**
	 * Invoke every productive function bound to an event and ignore their results, the
	 * failure of a single function among them included (see
	 * {@link EventInvocationResult#error()}).
	 * @param eventId the event
	 * @param payload the payload, serialized to JSON; {@code null} sends {@code {}}
	 */
	void invokeByEvent(String eventId, @Nullable Object payload);

	/**
	 * Invoke every productive function bound to an event with per-call options and ignore
	 * their results.
	 * @param eventId the event
	 * @param payload the payload, serialized to JSON; {@code null} sends {@code {}}
	 * @param options headers, request id, timeout, event source, skill, idempotency and
	 * credentials of this call
	 */
	void invokeByEvent(String eventId, @Nullable Object payload, InvocationOptions options);

	/**
	 * Invoke a productive function and return the whole answer: status, headers, request
	 * id, attempts, duration, and the converted result or the platform's error. An error
	 * answer of the platform (a 4xx or 5xx status, after any retries) is returned, its
	 * {@link InvocationResponse#getError()} telling it, instead of thrown; faults that
	 * leave no answer (timeouts, refused connections, failed token requests) still throw
	 * a {@link FaaSException}.
	 * @param functionUuid the function's UUID
	 * @param payload the payload, serialized to JSON; {@code null} sends {@code {}}
	 * @param responseType the type to convert the result to
	 * @param <T> the result type
	 * @return the answer
	 */
	default <T> InvocationResponse<T> exchangeByUuid(String functionUuid, @Nullable Object payload,
			Class<T> responseType) {
		return exchangeByUuid(functionUuid, payload, InvocationOptions.none(),
				ParameterizedTypeReference.forType(Arguments.notNull(responseType, "responseType")));
	}

	/**
	 * Invoke a productive function with per-call options and return the whole answer, as
	 * {@link #exchangeByUuid(String, Object, Class)} does.
	 * @param functionUuid the function's UUID
	 * @param payload the payload, serialized to JSON; {@code null} sends {@code {}}
	 * @param options headers, request id, timeout, event source, skill, timestamp,
	 * idempotency and credentials of this call
	 * @param responseType the type to convert the result to
	 * @param <T> the result type
	 * @return the answer
	 */
	<T> InvocationResponse<T> exchangeByUuid(String functionUuid, @Nullable Object payload, InvocationOptions options,
			ParameterizedTypeReference<T> responseType);

	/**
	 * Invoke every productive function bound to an event and return the whole answer, as
	 * {@link #exchangeByUuid(String, Object, Class)} does; the body is one result per
	 * function that ran.
	 * @param eventId the event
	 * @param payload the payload, serialized to JSON; {@code null} sends {@code {}}
	 * @param resultType the type to convert each function's result to
	 * @param <T> the result type
	 * @return the answer
	 */
	default <T> InvocationResponse<List<EventInvocationResult<T>>> exchangeByEvent(String eventId,
			@Nullable Object payload, Class<T> resultType) {
		return exchangeByEvent(eventId, payload, InvocationOptions.none(),
				ParameterizedTypeReference.forType(Arguments.notNull(resultType, "resultType")));
	}

	/**
	 * Invoke every productive function bound to an event with per-call options and return
	 * the whole answer, as {@link #exchangeByUuid(String, Object, Class)} does.
	 * @param eventId the event
	 * @param payload the payload, serialized to JSON; {@code null} sends {@code {}}
	 * @param options headers, request id, timeout, event source, skill, timestamp,
	 * idempotency and credentials of this call
	 * @param resultType the type to convert each function's result to
	 * @param <T> the result type
	 * @return the answer
	 */
	<T> InvocationResponse<List<EventInvocationResult<T>>> exchangeByEvent(String eventId, @Nullable Object payload,
			InvocationOptions options, ParameterizedTypeReference<T> resultType);

	/**
	 * Whether a productive function is bound to the event. Answers are cached per event,
	 * skill and platform for the configured time; failures are never cached.
	 * @param eventId the event
	 * @return {@code true} when invoking the event would run at least one function
	 */
	boolean isImplemented(String eventId);

	/**
	 * Whether a productive function is bound to the event for the given skill.
	 * @param eventId the event
	 * @param skillId the skill, or {@code null} for none
	 * @return {@code true} when invoking the event would run at least one function
	 */
	boolean isImplemented(String eventId, @Nullable String skillId);

	/**
	 * Whether a productive function is bound to the event, with per-call options: the
	 * skill, user id (sent on V2 only), request id, timeout, event source and credentials
	 * of the options apply; headers, timestamp and idempotency do not. The answer is a
	 * property of the account, the same for every caller, so the cache is shared: a
	 * cached answer is returned without a request, whoever's credentials the options
	 * carry.
	 * @param eventId the event
	 * @param options the options of this call
	 * @return {@code true} when invoking the event would run at least one function
	 */
	boolean isImplemented(String eventId, InvocationOptions options);

	/**
	 * List the functions of the account. Needs credentials with a user identity on
	 * LivePerson, and the management host (discovered as {@code faasUI}, or configured).
	 * @param query the filters; {@link LambdaQuery#all()} for every function
	 * @return the functions
	 */
	List<LambdaSummary> getLambdas(LambdaQuery query);

	/**
	 * List the functions of the account with per-call options, typically a user's
	 * credentials: the request id, timeout, event source and credentials of the options
	 * apply; headers, skill and idempotency do not.
	 * @param query the filters; {@link LambdaQuery#all()} for every function
	 * @param options the options of this call
	 * @return the functions
	 */
	List<LambdaSummary> getLambdas(LambdaQuery query, InvocationOptions options);

	/**
	 * List the functions of a V2 account in the V2 listing's own shape, with their
	 * skills, size and V1 compatibility flag. Needs credentials with a user identity on
	 * LivePerson, and the management host (discovered as {@code faasUI}, or configured).
	 * On a V1 account this fails with a {@link FaaSException} before the listing is
	 * requested, as the official 2.0 Java client does: use
	 * {@link #getLambdas(LambdaQuery)} there.
	 * @param query the filters; {@link FunctionQuery#all()} for every function
	 * @return the functions
	 */
	List<FunctionSummary> getFunctions(FunctionQuery query);

	/**
	 * List the functions of a V2 account with per-call options, typically a user's
	 * credentials: the request id, timeout, event source and credentials of the options
	 * apply; headers, skill and idempotency do not (filter by skill with
	 * {@link FunctionQuery#withSkillId}).
	 * @param query the filters; {@link FunctionQuery#all()} for every function
	 * @param options the options of this call
	 * @return the functions
	 * @see #getFunctions(FunctionQuery)
	 */
	List<FunctionSummary> getFunctions(FunctionQuery query, InvocationOptions options);

}
