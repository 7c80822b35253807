package io.github.lpfunctions.client.proxy;

import java.lang.reflect.Method;

import org.jspecify.annotations.Nullable;

/**
 * Validates the arguments of the methods of declarative clients before any network call,
 * such as with Bean Validation. Asked once per method when the client is created, so that
 * a method with nothing to validate costs nothing per call.
 *
 * @author LivePerson Functions for Spring contributors
 */
@FunctionalInterface
public interface ArgumentsValidator {

	/**
	 * Return the check of the arguments of one method.
	 * @param clientInterface the interface
	 * @param method the method
	 * @return the check, or {@code null} when the method has nothing to validate
	 */
	@Nullable Check forMethod(Class<?> clientInterface, Method method);

	/**
	 * The check of the arguments of one method.
	 */
	@FunctionalInterface
	interface Check {

		/**
		 * Validate the arguments of one call.
		 * @param client the client the method was called on
		 * @param arguments the arguments, in the order of the method's parameters
		 * @throws RuntimeException when they are invalid, naming what is wrong
		 */
		void validate(Object client, @Nullable Object[] arguments);

	}

}
