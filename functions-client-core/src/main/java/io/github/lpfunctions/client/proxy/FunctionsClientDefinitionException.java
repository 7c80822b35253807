package io.github.lpfunctions.client.proxy;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * A {@link io.github.lpfunctions.client.annotation.FunctionsClient} interface that cannot
 * be implemented as declared, thrown when its client is created, before any call: it
 * names the interface, the method, what is wrong and what to change.
 *
 * @author LivePerson Functions for Spring contributors
 */
public class FunctionsClientDefinitionException extends IllegalStateException {

	private final Class<?> clientInterface;

	private final @Nullable Method method;

	private final String problem;

	private final String action;

	/**
	 * Create an exception.
	 * @param clientInterface the interface
	 * @param method the method at fault, or {@code null} when it is the interface
	 * @param problem what is wrong
	 * @param action what to change
	 */
	public FunctionsClientDefinitionException(Class<?> clientInterface, @Nullable Method method, String problem,
			String action) {
		super(describe(clientInterface, method) + ": " + problem + ". " + action);
		this.clientInterface = clientInterface;
		this.method = method;
		this.problem = problem;
		this.action = action;
	}

	/**
	 * Return the interface.
	 * @return the interface
	 */
	public Class<?> getClientInterface() {
		return this.clientInterface;
	}

	/**
	 * Return the method at fault.
	 * @return the method, or {@code null} when the interface itself is at fault
	 */
	public @Nullable Method getMethod() {
		return this.method;
	}

	/**
	 * Return where the problem is: the interface's name, and the method with its
	 * parameter types, such as {@code com.example.Greetings.greet(Person)}.
	 * @return the interface and method
	 */
	public String getLocation() {
		return describe(this.clientInterface, this.method);
	}

	/**
	 * Return what is wrong.
	 * @return the problem
	 */
	public String getProblem() {
		return this.problem;
	}

	/**
	 * Return what to change.
	 * @return the action
	 */
	public String getAction() {
		return this.action;
	}

	private static String describe(Class<?> clientInterface, @Nullable Method method) {
		if (method == null) {
			return clientInterface.getName();
		}
		return clientInterface.getName() + "." + method.getName()
				+ Arrays.stream(method.getParameterTypes())
					.map(Class::getSimpleName)
					.collect(Collectors.joining(", ", "(", ")"));
	}

}
