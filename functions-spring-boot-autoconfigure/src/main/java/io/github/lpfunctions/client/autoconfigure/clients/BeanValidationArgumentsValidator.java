package io.github.lpfunctions.client.autoconfigure.clients;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.validation.annotation.Validated;
import org.springframework.validation.beanvalidation.MethodValidationAdapter;
import org.springframework.validation.method.MethodValidationResult;

import io.github.lpfunctions.client.proxy.ArgumentsValidator;

/**
 * Validates, with Spring's method validation and the application's Bean Validation
 * {@link Validator}, the arguments of the client methods that have a parameter annotated
 * {@link Valid} or with a constraint, before any network call: an invalid argument is an
 * {@link InvalidClientArgumentsException}, Spring's {@code MethodValidationException}
 * naming the parameter and the field. {@link Validated} on the method or the interface
 * picks the validation groups.
 *
 * @author LivePerson Functions for Spring contributors
 */
public class BeanValidationArgumentsValidator implements ArgumentsValidator {

	private final MethodValidationAdapter adapter;

	/**
	 * Create a validator.
	 * @param validator the application's validator
	 */
	public BeanValidationArgumentsValidator(Validator validator) {
		this.adapter = new MethodValidationAdapter(validator);
	}

	@Override
	public @Nullable Check forMethod(Class<?> clientInterface, Method method) {
		if (!hasConstraints(method)) {
			return null;
		}
		Validated validated = AnnotatedElementUtils.findMergedAnnotation(method, Validated.class);
		if (validated == null) {
			validated = AnnotatedElementUtils.findMergedAnnotation(clientInterface, Validated.class);
		}
		Class<?>[] groups = (validated != null) ? validated.value() : new Class<?>[0];
		return (client, arguments) -> {
			MethodValidationResult result = this.adapter.validateArguments(client, method, null, arguments, groups);
			if (result.hasErrors()) {
				throw new InvalidClientArgumentsException(result);
			}
		};
	}

	private static boolean hasConstraints(Method method) {
		for (Annotation[] annotations : method.getParameterAnnotations()) {
			for (Annotation annotation : annotations) {
				if (annotation instanceof Valid || annotation.annotationType().isAnnotationPresent(Constraint.class)) {
					return true;
				}
			}
		}
		return false;
	}

}
