package io.github.lpfunctions.sample.test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * The demo functions of a sample, read from the public string constants of its own
 * {@code DemoFunctions} class: each sample stays a standalone application with its own
 * copy, and the shared tests use exactly the values the sample deploys.
 *
 * @author LivePerson Functions for Spring contributors
 * @param echo {@code ECHO}: answers with the payload it was given
 * @param greeting {@code GREETING}: answers with a fixed greeting
 * @param failing {@code FAILING}: fails on purpose, with status 901
 * @param eventHandler {@code EVENT_HANDLER}: bound to {@code event}
 * @param event {@code EVENT}: the event the demo event handler is bound to
 * @param failureCode {@code FAILURE_CODE}: the error code of the failing function
 * @param failureMessage {@code FAILURE_MESSAGE}: the error message of the failing
 * function
 */
public record DemoFunctionIds(String echo, String greeting, String failing, String eventHandler, String event,
		String failureCode, String failureMessage) {

	/**
	 * Read the constants of a sample's {@code DemoFunctions}.
	 * @param demoFunctions the sample's {@code DemoFunctions} class
	 * @return its demo functions
	 * @throws IllegalArgumentException if a constant is missing
	 */
	public static DemoFunctionIds of(Class<?> demoFunctions) {
		return new DemoFunctionIds(constant(demoFunctions, "ECHO"), constant(demoFunctions, "GREETING"),
				constant(demoFunctions, "FAILING"), constant(demoFunctions, "EVENT_HANDLER"),
				constant(demoFunctions, "EVENT"), constant(demoFunctions, "FAILURE_CODE"),
				constant(demoFunctions, "FAILURE_MESSAGE"));
	}

	private static String constant(Class<?> type, String name) {
		try {
			Field field = type.getField(name);
			if (Modifier.isStatic(field.getModifiers()) && field.get(null) instanceof String value) {
				return value;
			}
		}
		catch (NoSuchFieldException | IllegalAccessException ex) {
			throw new IllegalArgumentException("No public constant " + name + " in " + type.getName(), ex);
		}
		throw new IllegalArgumentException("No public static String " + name + " in " + type.getName());
	}

}
