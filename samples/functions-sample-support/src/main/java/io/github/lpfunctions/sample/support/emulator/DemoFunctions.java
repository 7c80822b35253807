package io.github.lpfunctions.sample.support.emulator;

import java.util.List;
import java.util.Map;

import io.github.lpfunctions.emulator.EmulatedFunction;

/**
 * The demo functions the in-process emulator deploys, under fixed UUIDs so that the curl
 * lines of the README work as they are.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class DemoFunctions {

	/**
	 * Answers with the payload it was given.
	 */
	public static final String ECHO = "00000000-0000-4000-8000-000000000001";

	/**
	 * Answers with a fixed greeting.
	 */
	public static final String GREETING = "00000000-0000-4000-8000-000000000002";

	/**
	 * Fails on purpose: status 901, {@code com.liveperson.faas.handler.custom-failure}.
	 */
	public static final String FAILING = "00000000-0000-4000-8000-000000000003";

	/**
	 * Bound to {@link #EVENT}.
	 */
	public static final String EVENT_HANDLER = "00000000-0000-4000-8000-000000000004";

	/**
	 * The event the demo event handler is bound to.
	 */
	public static final String EVENT = "conversational_command";

	/**
	 * The error code of the failing function.
	 */
	public static final String FAILURE_CODE = "com.liveperson.faas.handler.custom-failure";

	/**
	 * The error message of the failing function.
	 */
	public static final String FAILURE_MESSAGE = "This demo function always fails";

	private DemoFunctions() {
	}

	/**
	 * Return the demo functions.
	 * @return the functions to deploy
	 */
	public static List<EmulatedFunction> all() {
		return List.of(EmulatedFunction.echo(ECHO).withName("echo").withDescription("Answers with its payload"),
				EmulatedFunction.returning(GREETING, Map.of("greeting", "Hello from LivePerson Functions!"))
					.withName("greeting")
					.withDescription("Answers with a greeting"),
				EmulatedFunction.failing(FAILING, FAILURE_CODE, FAILURE_MESSAGE)
					.withName("failing")
					.withDescription("Fails on purpose"),
				EmulatedFunction.returning(EVENT_HANDLER, Map.of("handled", true, "command", "demo"))
					.withName("event-handler")
					.withDescription("Handles " + EVENT)
					.withEvent(EVENT));
	}

}
