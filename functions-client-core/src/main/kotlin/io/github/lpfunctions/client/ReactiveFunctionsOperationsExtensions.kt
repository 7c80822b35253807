/*
 * Kotlin extensions of the reactive operations, in the style of Spring's own
 * WebClientExtensions: reified type parameters, and suspending variants (the "AndAwait"
 * names of Spring's coroutine extensions) that await the Mono on kotlinx-coroutines-reactor.
 */
package io.github.lpfunctions.client

import kotlinx.coroutines.reactor.awaitSingle
import kotlinx.coroutines.reactor.awaitSingleOrNull
import org.springframework.core.ParameterizedTypeReference
import reactor.core.publisher.Mono

/**
 * Extension for [ReactiveFunctionsOperations.invokeByUuid] that takes the result type from a
 * reified type parameter, generic types included: `functions.invokeByUuid<Greeting>(uuid, payload)`.
 * The type argument must be written out: without it the call is the Java method that ignores
 * the result.
 *
 * @param T the type to convert the result to
 * @param functionUuid the function's UUID
 * @param payload the payload, serialized to JSON; `null` sends `{}`
 * @return the result; empty when the function returned nothing
 * @throws IllegalArgumentException when an argument is invalid, before anything is sent
 */
inline fun <reified T : Any> ReactiveFunctionsOperations.invokeByUuid(functionUuid: String,
		payload: Any?): Mono<T> =
	invokeByUuid(functionUuid, payload, object : ParameterizedTypeReference<T>() {})

/**
 * Extension for [ReactiveFunctionsOperations.invokeByUuid] with per-call options that takes
 * the result type from a reified type parameter.
 *
 * @param T the type to convert the result to
 * @param functionUuid the function's UUID
 * @param payload the payload, serialized to JSON; `null` sends `{}`
 * @param options headers, request id, timeout, event source, skill, idempotency and
 * credentials of this call
 * @return the result; empty when the function returned nothing
 * @throws IllegalArgumentException when an argument is invalid, before anything is sent
 */
inline fun <reified T : Any> ReactiveFunctionsOperations.invokeByUuid(functionUuid: String, payload: Any?,
		options: InvocationOptions): Mono<T> =
	invokeByUuid(functionUuid, payload, options, object : ParameterizedTypeReference<T>() {})

/**
 * Extension for [ReactiveFunctionsOperations.invokeByEvent] that takes the type of each
 * function's result from a reified type parameter: `functions.invokeByEvent<Greeting>(eventId, payload)`.
 * The type argument must be written out: without it the call is the Java method that ignores
 * the results.
 *
 * @param T the type to convert each function's result to
 * @param eventId the event, such as [LivePersonEvents.CONVERSATIONAL_COMMAND]
 * @param payload the payload, serialized to JSON; `null` sends `{}`
 * @return one result per function that ran
 * @throws IllegalArgumentException when an argument is invalid, before anything is sent
 */
inline fun <reified T : Any> ReactiveFunctionsOperations.invokeByEvent(eventId: String,
		payload: Any?): Mono<List<EventInvocationResult<T>>> =
	invokeByEvent(eventId, payload, object : ParameterizedTypeReference<T>() {})

/**
 * Extension for [ReactiveFunctionsOperations.invokeByEvent] with per-call options that takes
 * the type of each function's result from a reified type parameter.
 *
 * @param T the type to convert each function's result to
 * @param eventId the event
 * @param payload the payload, serialized to JSON; `null` sends `{}`
 * @param options headers, request id, timeout, event source, skill, idempotency and
 * credentials of this call
 * @return one result per function that ran
 * @throws IllegalArgumentException when an argument is invalid, before anything is sent
 */
inline fun <reified T : Any> ReactiveFunctionsOperations.invokeByEvent(eventId: String, payload: Any?,
		options: InvocationOptions): Mono<List<EventInvocationResult<T>>> =
	invokeByEvent(eventId, payload, options, object : ParameterizedTypeReference<T>() {})

/**
 * Suspending variant of [ReactiveFunctionsOperations.invokeByUuid]: invoke a productive
 * function and convert its result to the reified type, `functions.invokeByUuidAndAwait<Greeting>(uuid, payload)`.
 * Cancelling the coroutine cancels the call.
 *
 * @param T the type to convert the result to
 * @param functionUuid the function's UUID
 * @param payload the payload, serialized to JSON; `null` sends `{}`
 * @return the result, or `null` when the function returned nothing
 * @throws FaaSException when the call failed
 * @throws IllegalArgumentException when an argument is invalid, before anything is sent
 */
suspend inline fun <reified T : Any> ReactiveFunctionsOperations.invokeByUuidAndAwait(functionUuid: String,
		payload: Any?): T? =
	invokeByUuid<T>(functionUuid, payload).awaitSingleOrNull()

/**
 * Suspending variant of [ReactiveFunctionsOperations.invokeByUuid] with per-call options.
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
suspend inline fun <reified T : Any> ReactiveFunctionsOperations.invokeByUuidAndAwait(functionUuid: String,
		payload: Any?, options: InvocationOptions): T? =
	invokeByUuid<T>(functionUuid, payload, options).awaitSingleOrNull()

/**
 * Suspending variant of [ReactiveFunctionsOperations.invokeByEvent]: invoke every productive
 * function bound to an event and convert their results to the reified type.
 *
 * @param T the type to convert each function's result to
 * @param eventId the event, such as [LivePersonEvents.CONVERSATIONAL_COMMAND]
 * @param payload the payload, serialized to JSON; `null` sends `{}`
 * @return one result per function that ran
 * @throws FaaSException when the call failed
 * @throws IllegalArgumentException when an argument is invalid, before anything is sent
 */
suspend inline fun <reified T : Any> ReactiveFunctionsOperations.invokeByEventAndAwait(eventId: String,
		payload: Any?): List<EventInvocationResult<T>> =
	invokeByEvent<T>(eventId, payload).awaitSingle()

/**
 * Suspending variant of [ReactiveFunctionsOperations.invokeByEvent] with per-call options.
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
suspend inline fun <reified T : Any> ReactiveFunctionsOperations.invokeByEventAndAwait(eventId: String,
		payload: Any?, options: InvocationOptions): List<EventInvocationResult<T>> =
	invokeByEvent<T>(eventId, payload, options).awaitSingle()

/**
 * Suspending variant of [ReactiveFunctionsOperations.isImplemented]: whether a productive
 * function is bound to the event, answered from the cache when it can be.
 *
 * @param eventId the event
 * @param options the options of this call; [InvocationOptions.none] for none
 * @return `true` when invoking the event would run at least one function
 * @throws FaaSException when the call failed
 * @throws IllegalArgumentException when an argument is invalid, before anything is sent
 */
suspend fun ReactiveFunctionsOperations.isImplementedAndAwait(eventId: String,
		options: InvocationOptions = InvocationOptions.none()): Boolean =
	isImplemented(eventId, options).awaitSingle()

/**
 * Suspending variant of [ReactiveFunctionsOperations.getLambdas]: list the functions of the
 * account.
 *
 * @param query the filters; [LambdaQuery.all] for every function
 * @param options the options of this call, typically a user's credentials;
 * [InvocationOptions.none] for none
 * @return the functions
 * @throws FaaSException when the call failed
 * @throws IllegalArgumentException when an argument is invalid, before anything is sent
 */
suspend fun ReactiveFunctionsOperations.getLambdasAndAwait(query: LambdaQuery = LambdaQuery.all(),
		options: InvocationOptions = InvocationOptions.none()): List<LambdaSummary> =
	getLambdas(query, options).awaitSingle()

/**
 * Suspending variant of [ReactiveFunctionsOperations.getFunctions]: list the functions of a
 * V2 account in the V2 shape.
 *
 * @param query the filters; [FunctionQuery.all] for every function
 * @param options the options of this call, typically a user's credentials;
 * [InvocationOptions.none] for none
 * @return the functions
 * @throws FaaSException when the call failed, or the account runs on platform V1
 * @throws IllegalArgumentException when an argument is invalid, before anything is sent
 */
suspend fun ReactiveFunctionsOperations.getFunctionsAndAwait(query: FunctionQuery = FunctionQuery.all(),
		options: InvocationOptions = InvocationOptions.none()): List<FunctionSummary> =
	getFunctions(query, options).awaitSingle()

/**
 * Suspending variant of [ReactiveFunctionsOperations.exchangeByUuid]: invoke a function and
 * return the whole answer, the platform's error answers included, with the result converted
 * to the reified type: `functions.exchangeByUuidAndAwait<Greeting>(uuid, payload)`.
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
suspend inline fun <reified T : Any> ReactiveFunctionsOperations.exchangeByUuidAndAwait(functionUuid: String,
		payload: Any?, options: InvocationOptions = InvocationOptions.none()): InvocationResponse<T> =
	exchangeByUuid(functionUuid, payload, options, object : ParameterizedTypeReference<T>() {}).awaitSingle()
