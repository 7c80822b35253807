package io.github.lpfunctions.client.autoconfigure.clients;

import java.util.StringJoiner;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.MethodValidationException;
import org.springframework.validation.method.MethodValidationResult;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;

/**
 * Arguments of a client method that Bean Validation rejected: Spring's
 * {@link MethodValidationException}, whose message names the interface, the method, and
 * each rejected parameter and field with the reason.
 *
 * @author LivePerson Functions for Spring contributors
 */
public class InvalidClientArgumentsException extends MethodValidationException {

	private final String message;

	/**
	 * Create an exception.
	 * @param result the result of the validation
	 */
	public InvalidClientArgumentsException(MethodValidationResult result) {
		super(result);
		this.message = describe(result);
	}

	@Override
	public String getMessage() {
		return this.message;
	}

	private static String describe(MethodValidationResult result) {
		StringJoiner errors = new StringJoiner("; ");
		for (ParameterValidationResult parameter : result.getParameterValidationResults()) {
			String name = parameter.getMethodParameter().getParameterName();
			String where = (name != null) ? name
					: "argument " + (parameter.getMethodParameter().getParameterIndex() + 1);
			if (parameter instanceof ParameterErrors bean && bean.hasFieldErrors()) {
				for (FieldError field : bean.getFieldErrors()) {
					errors.add(where + "." + field.getField() + " " + field.getDefaultMessage());
				}
			}
			else {
				for (MessageSourceResolvable error : parameter.getResolvableErrors()) {
					errors.add(where + " " + error.getDefaultMessage());
				}
			}
		}
		return "Invalid arguments of " + result.getMethod().getDeclaringClass().getSimpleName() + "."
				+ result.getMethod().getName() + ": " + errors;
	}

}
