/*
 * Kotlin extensions of the blocking operations, in the style of Spring's own
 * RestOperationsExtensions: the result type comes from a reified type parameter.
 */
package io.github.lpfunctions.client

import org.springframework.core.ParameterizedTypeReference

/**
 * Extension for [FunctionsOperations.invokeByUuid] that takes the result type from a reified
 * type parameter, generic types included: `functions.invokeByUuid<Greeting>(uuid, payload)`.
 * The type argument must be written out: without it the call is the Java method that ignores
 * the result.
 *
 * @param T the type to convert the result to
 * @param functionUuid the function's UUID
 * @param payload the payload, serialized to JSON; `null` sends `{}`
 * @return the result, or `null` when the function returned nothing
 * @throws FaaSException when the call failed
 * @throws IllegalArgumentException when an argument is invalid, before anything is sent
 */
inline fun <reified T : Any> FunctionsOperations.invokeByUuid(functionUuid: String, payload: Any?): T? =
	invokeByUuid(functionUuid, payload, object : ParameterizedTypeReference<T>() {})

/**
 * Extension for [FunctionsOperations.invokeByUuid] with per-call options that takes the
 * result type from a reified type parameter: `functions.invokeByUuid<Greeting>(uuid, payload, options)`.
 *
 * @param T the type to convert the result to
 * @param functionUuid the function's UUID
 * @param payload the payload, serialized to JSON; `null` sends `{}`
 * @param options headers, request id, timeout, event source, skill, idempotency and
 * credentials of this call
 * @return the result, or `null` when the function returned nothing
 * @throws FaaSException when the call failed
 * @throws IllegalArgumentException when an argument is invalid, before anything is sent
 */
inline fun <reified T : Any> FunctionsOperations.invokeByUuid(functionUuid: String, payload: Any?,
		options: InvocationOptions): T? =
	invokeByUuid(functionUuid, payload, options, object : ParameterizedTypeReference<T>() {})

/**
 * Extension for [FunctionsOperations.invokeByEvent] that takes the type of each function's
 * result from a reified type parameter: `functions.invokeByEvent<Greeting>(eventId, payload)`.
 * The type argument must be written out: without it the call is the Java method that ignores
 * the results.
 *
 * @param T the type to convert each function's result to
 * @param eventId the event, such as [LivePersonEvents.CONVERSATIONAL_COMMAND]
 * @param payload the payload, serialized to JSON; `null` sends `{}`
 * @return one result per function that ran
 * @throws FaaSException when the call failed
 * @throws IllegalArgumentException when an argument is invalid, before anything is sent
 */
inline fun <reified T : Any> FunctionsOperations.invokeByEvent(eventId: String,
		payload: Any?): List<EventInvocationResult<T>> =
	invokeByEvent(eventId, payload, object : ParameterizedTypeReference<T>() {})

/**
 * Extension for [FunctionsOperations.invokeByEvent] with per-call options that takes the type
 * of each function's result from a reified type parameter.
 *
 * @param T the type to convert each function's result to
 * @param eventId the event
 * @param payload the payload, serialized to JSON; `null` sends `{}`
 * @param options headers, request id, timeout, event source, skill, idempotency and
 * credentials of this call
 * @return one result per function that ran
 * @throws FaaSException when the call failed
 * @throws IllegalArgumentException when an argument is invalid, before anything is sent
 */
inline fun <reified T : Any> FunctionsOperations.invokeByEvent(eventId: String, payload: Any?,
		options: InvocationOptions): List<EventInvocationResult<T>> =
	invokeByEvent(eventId, payload, options, object : ParameterizedTypeReference<T>() {})

/**
 * Extension for [FunctionsOperations.exchangeByUuid] that takes the result type from a
 * reified type parameter: `functions.exchangeByUuid<Greeting>(uuid, payload)` returns the
 * whole answer, the platform's error answers included.
 *
 * @param T the type to convert the result to
 * @param functionUuid the function's UUID
 * @param payload the payload, serialized to JSON; `null` sends `{}`
 * @param options the options of this call; [InvocationOptions.none] for none
 * @return the answer: status, headers, request id, attempts, duration, and the result or the
 * platform's error
 * @throws FaaSException when no answer came (a timeout, a refused connection, no token)
 * @throws IllegalArgumentException when an argument is invalid, before anything is sent
 */
inline fun <reified T : Any> FunctionsOperations.exchangeByUuid(functionUuid: String, payload: Any?,
		options: InvocationOptions = InvocationOptions.none()): InvocationResponse<T> =
	exchangeByUuid(functionUuid, payload, options, object : ParameterizedTypeReference<T>() {})
