package io.github.lpfunctions.client

import io.github.lpfunctions.client.annotation.FunctionsClient
import io.github.lpfunctions.client.annotation.InvokeEvent
import io.github.lpfunctions.client.annotation.InvokeFunction
import io.github.lpfunctions.client.annotation.IsImplemented
import io.github.lpfunctions.client.proxy.FunctionsClientFactory
import io.github.lpfunctions.emulator.EmulatedFunction
import io.github.lpfunctions.emulator.Endpoint
import io.github.lpfunctions.emulator.FunctionsEmulator
import kotlinx.coroutines.runBlocking
import org.assertj.core.api.Assertions.assertThat
import org.assertj.core.api.Assertions.assertThatExceptionOfType
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestInstance

private const val ECHO = "6e8b2d1f-0a5c-4d1f-9b66-1f4e8d3c7ba2"

private const val FAILING = "8f3c0e5d-2b4a-4f9c-8d7e-3a6b9c2f4d81"

private const val GREETED = "greeted_by_suspend"

/** A client interface with Kotlin `suspend` methods: each is the reactive call, awaited. */
@FunctionsClient
interface SuspendingGreetings {

	@InvokeFunction(ECHO)
	suspend fun greet(greeting: SuspendingClientIntegrationTests.Greeting): SuspendingClientIntegrationTests.Greeting

	@InvokeFunction(ECHO)
	suspend fun greetAndForget(greeting: SuspendingClientIntegrationTests.Greeting)

	@InvokeEvent(GREETED)
	suspend fun onGreeted(
			greeting: SuspendingClientIntegrationTests.Greeting): List<EventInvocationResult<SuspendingClientIntegrationTests.Greeting>>

	@IsImplemented(GREETED)
	suspend fun hasGreeter(): Boolean

	@InvokeFunction(FAILING)
	suspend fun fail(greeting: SuspendingClientIntegrationTests.Greeting): SuspendingClientIntegrationTests.Greeting

}

/**
 * `suspend` methods on a `@FunctionsClient` interface against the emulator: results, events,
 * isImplemented, `Unit` and a function's failure, thrown from the suspending call.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuspendingClientIntegrationTests {

	private val liveperson: FunctionsEmulator = Emulators.builder()
		.function(EmulatedFunction.echo(ECHO).withEvent(GREETED))
		.function(EmulatedFunction.failing(FAILING, "com.liveperson.faas.handler.custom", "no greeting today"))
		.start()

	private val reactive: ReactiveFunctionsTemplate = Emulators.templateBuilder(liveperson).build()

	private val greetings: SuspendingGreetings = FunctionsClientFactory.builder(reactive)
		.build()
		.createClient(SuspendingGreetings::class.java)

	@AfterAll
	fun stop() {
		reactive.close()
		liveperson.close()
	}

	@Test
	fun suspendingMethodsAwaitTheCall(): Unit = runBlocking {
		val invocations = liveperson.faults().capture(Endpoint.INVOKE)

		assertThat(greetings.greet(Greeting("hello", "Ada"))).isEqualTo(Greeting("hello", "Ada"))
		greetings.greetAndForget(Greeting("hi", "Bob"))
		assertThat(greetings.onGreeted(Greeting("hey", "Cy"))).extracting<Greeting?> { it.result() }
			.containsExactly(Greeting("hey", "Cy"))
		assertThat(greetings.hasGreeter()).isTrue()

		assertThat(invocations.count()).isEqualTo(2)
		assertThat(invocations.last().bodyAsString()).contains("\"name\":\"Bob\"")
	}

	@Test
	fun aSuspendingMethodThrowsTheFunctionsFailure() {
		assertThatExceptionOfType(FaaSLambdaException::class.java)
			.isThrownBy { runBlocking { greetings.fail(Greeting("hello", "Ada")) } }
			.withMessageContaining("no greeting today")
	}

	data class Greeting(val greeting: String, val name: String)

}
