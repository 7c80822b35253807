package io.github.lpfunctions.client

import io.github.lpfunctions.emulator.EmulatedFunction
import io.github.lpfunctions.emulator.Endpoint
import io.github.lpfunctions.emulator.FunctionsEmulator
import kotlinx.coroutines.runBlocking
import org.assertj.core.api.Assertions.assertThat
import org.assertj.core.api.Assertions.assertThatExceptionOfType
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestInstance

/**
 * The Kotlin extensions against the emulator: the reified type reaches the JSON mapping,
 * options reach the wire, and the suspending variants answer what the Mono would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KotlinExtensionsIntegrationTests {

	private val liveperson: FunctionsEmulator = Emulators.builder()
		.function(EmulatedFunction.echo(ECHO).withEvent(GREETED))
		.function(EmulatedFunction.failing(FAILING, "com.liveperson.faas.handler.custom", "no greeting today"))
		.user(USERNAME, PASSWORD)
		.start()

	private val reactive: ReactiveFunctionsTemplate = Emulators.templateBuilder(liveperson).build()

	private val blocking: FunctionsOperations = FunctionsTemplate(reactive)

	@BeforeEach
	fun reset() {
		liveperson.reset()
	}

	@AfterAll
	fun stop() {
		reactive.close()
		liveperson.close()
	}

	@Test
	fun blockingInvokeByUuidConvertsToTheReifiedType() {
		val invocations = liveperson.faults().capture(Endpoint.INVOKE)

		val greeting = blocking.invokeByUuid<Greeting>(ECHO, Greeting("hello", "Ada"))

		assertThat(greeting).isEqualTo(Greeting("hello", "Ada"))
		assertThat(invocations.last().bodyAsString()).contains("\"greeting\":\"hello\"").contains("\"name\":\"Ada\"")
	}

	@Test
	fun blockingInvokeByUuidKeepsTheGenericsOfTheReifiedType() {
		val result = blocking.invokeByUuid<Map<String, List<Int>>>(ECHO, mapOf("numbers" to listOf(1, 2)))

		assertThat(result).isEqualTo(mapOf("numbers" to listOf(1, 2)))
	}

	@Test
	fun blockingInvokeByUuidWithOptionsSendsTheirRequestId() {
		val invocations = liveperson.faults().capture(Endpoint.INVOKE)
		val options = InvocationOptions.builder().requestId(REQUEST_ID).build()

		val greeting = blocking.invokeByUuid<Greeting>(ECHO, Greeting("grüezi", "Ada"), options)

		assertThat(greeting).isEqualTo(Greeting("grüezi", "Ada"))
		assertThat(invocations.last().header("X-Request-ID")).isEqualTo(REQUEST_ID)
	}

	@Test
	fun blockingInvokeByEventConvertsEachResult() {
		val results = blocking.invokeByEvent<Greeting>(GREETED, Greeting("hello", "Ada"))

		assertThat(results).extracting<String> { it.uuid() }.containsExactly(ECHO)
		assertThat(results).extracting<Greeting?> { it.result() }.containsExactly(Greeting("hello", "Ada"))
	}

	@Test
	fun blockingInvokeByEventWithOptionsSendsTheirRequestId() {
		val invocations = liveperson.faults().capture(Endpoint.EVENT_INVOKE)
		val options = InvocationOptions.builder().requestId(REQUEST_ID).build()

		val results = blocking.invokeByEvent<Greeting>(GREETED, Greeting("hello", "Ada"), options)

		assertThat(results).extracting<Greeting?> { it.result() }.containsExactly(Greeting("hello", "Ada"))
		assertThat(invocations.last().header("X-Request-ID")).isEqualTo(REQUEST_ID)
	}

	@Test
	fun reactiveInvokeByUuidAndByEventConvertToTheReifiedType() {
		val options = InvocationOptions.builder().requestId(REQUEST_ID).build()

		assertThat(reactive.invokeByUuid<Greeting>(ECHO, Greeting("hello", "Ada")).block())
			.isEqualTo(Greeting("hello", "Ada"))
		assertThat(reactive.invokeByUuid<Greeting>(ECHO, Greeting("hi", "Bob"), options).block())
			.isEqualTo(Greeting("hi", "Bob"))
		assertThat(reactive.invokeByEvent<Greeting>(GREETED, Greeting("hello", "Ada")).block())
			.extracting<Greeting?> { it.result() }
			.containsExactly(Greeting("hello", "Ada"))
		assertThat(reactive.invokeByEvent<Greeting>(GREETED, Greeting("hi", "Bob"), options).block())
			.extracting<Greeting?> { it.result() }
			.containsExactly(Greeting("hi", "Bob"))
	}

	@Test
	fun suspendingInvokeByUuidAwaitsTheResult(): Unit = runBlocking {
		val invocations = liveperson.faults().capture(Endpoint.INVOKE)
		val options = InvocationOptions.builder().requestId(REQUEST_ID).build()

		assertThat(reactive.invokeByUuidAndAwait<Greeting>(ECHO, Greeting("hello", "Ada")))
			.isEqualTo(Greeting("hello", "Ada"))
		assertThat(reactive.invokeByUuidAndAwait<Greeting>(ECHO, Greeting("hi", "Bob"), options))
			.isEqualTo(Greeting("hi", "Bob"))
		assertThat(invocations.count()).isEqualTo(2)
		assertThat(invocations.last().header("X-Request-ID")).isEqualTo(REQUEST_ID)
	}

	@Test
	fun suspendingInvokeByEventAwaitsEveryResult(): Unit = runBlocking {
		val options = InvocationOptions.builder().requestId(REQUEST_ID).build()

		assertThat(reactive.invokeByEventAndAwait<Greeting>(GREETED, Greeting("hello", "Ada")))
			.extracting<Greeting?> { it.result() }
			.containsExactly(Greeting("hello", "Ada"))
		assertThat(reactive.invokeByEventAndAwait<Greeting>(GREETED, Greeting("hi", "Bob"), options))
			.extracting<Greeting?> { it.result() }
			.containsExactly(Greeting("hi", "Bob"))
	}

	@Test
	fun suspendingInvokeThrowsTheFunctionsFailure() {
		assertThatExceptionOfType(FaaSLambdaException::class.java)
			.isThrownBy { runBlocking { reactive.invokeByUuidAndAwait<Greeting>(FAILING, Greeting("hello", "Ada")) } }
			.withMessageContaining("no greeting today")
	}

	@Test
	fun suspendingInvokeRejectsBadInputBeforeSendingAnything() {
		val invocations = liveperson.faults().capture(Endpoint.INVOKE)

		assertThatExceptionOfType(IllegalArgumentException::class.java)
			.isThrownBy { runBlocking { reactive.invokeByUuidAndAwait<Greeting>(" ", Greeting("hello", "Ada")) } }
			.withMessageContaining("functionUuid")
		assertThat(invocations.count()).isZero()
	}

	@Test
	fun suspendingIsImplementedAwaitsTheAnswer(): Unit = runBlocking {
		assertThat(reactive.isImplementedAndAwait(GREETED)).isTrue()
		assertThat(reactive.isImplementedAndAwait("no_function_bound")).isFalse()
	}

	@Test
	fun suspendingGetLambdasAwaitsTheListing(): Unit = runBlocking {
		val listings = liveperson.faults().capture(Endpoint.LISTING)
		Emulators.templateBuilder(liveperson).userLogin(USERNAME, PASSWORD).build().use { asUser ->
			assertThat(asUser.getLambdasAndAwait()).extracting<String> { it.uuid() }.contains(ECHO, FAILING)
			assertThat(asUser.getLambdasAndAwait(LambdaQuery.all(), InvocationOptions.none()))
				.extracting<String> { it.uuid() }
				.contains(ECHO, FAILING)
		}
		assertThat(listings.count()).isEqualTo(2)
	}

	@Test
	fun exchangeByUuidReturnsTheAnswerWithTheReifiedBodyOrThePlatformsError(): Unit = runBlocking {
		val answered = blocking.exchangeByUuid<Greeting>(ECHO, Greeting("hello", "Ada"))
		assertThat(answered.isSuccessful).isTrue()
		assertThat(answered.body).isEqualTo(Greeting("hello", "Ada"))

		val failed = reactive.exchangeByUuidAndAwait<Greeting>(FAILING, Greeting("hello", "Ada"))
		assertThat(failed.isSuccessful).isFalse()
		assertThat(failed.error?.errorMessage()).contains("no greeting today")
	}

	@Test
	fun suspendingGetFunctionsAwaitsTheV2Listing(): Unit = runBlocking {
		Emulators.builder()
			.platform(io.github.lpfunctions.emulator.Platform.V2)
			.function(EmulatedFunction.echo(ECHO))
			.start()
			.use { v2 ->
				Emulators.templateBuilder(v2).platform(Platform.V2).build().use { template ->
					assertThat(template.getFunctionsAndAwait()).extracting<String> { it.uuid() }.contains(ECHO)
				}
			}
	}

	data class Greeting(val greeting: String, val name: String)

	private companion object {

		const val ECHO = "5d7a1c1e-9f4b-4c0e-8a55-0f3e7c2b6a91"

		const val FAILING = "7e2b9d4c-1a3f-4e8b-9c6d-2f5a8b1e3c70"

		const val GREETED = "greeted"

		const val REQUEST_ID = "kotlin-extensions-request"

		const val USERNAME = "service-user"

		const val PASSWORD = "pa55-w0rd-7c1e-SECRET"

	}

}
