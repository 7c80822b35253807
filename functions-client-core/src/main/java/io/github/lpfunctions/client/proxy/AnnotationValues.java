package io.github.lpfunctions.client.proxy;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.util.StringValueResolver;

/**
 * Reads the attributes of one method's annotations: resolves their {@code ${...}}
 * placeholders and parses timeouts, failing with a
 * {@link FunctionsClientDefinitionException} that names the method.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class AnnotationValues {

	private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d)");

	private final Class<?> clientInterface;

	private final Method method;

	private final @Nullable StringValueResolver resolver;

	AnnotationValues(Class<?> clientInterface, Method method, @Nullable StringValueResolver resolver) {
		this.clientInterface = clientInterface;
		this.method = method;
		this.resolver = resolver;
	}

	/**
	 * Resolve an attribute's value.
	 * @param value the value as written
	 * @param attribute the attribute, such as {@code @InvokeFunction}
	 * @return the resolved value, {@code null} when empty
	 */
	@Nullable String resolve(String value, String attribute) {
		if (!value.contains("${")) {
			return value.isEmpty() ? null : value;
		}
		if (this.resolver == null) {
			throw failure(attribute + " is the placeholder '" + value + "' but the client factory has no resolver",
					"Give FunctionsClientFactory.Builder.valueResolver(...) one, such as "
							+ "environment::resolveRequiredPlaceholders, or write the value itself");
		}
		String resolved;
		try {
			resolved = this.resolver.resolveStringValue(value);
		}
		catch (IllegalArgumentException ex) {
			throw failure(attribute + " '" + value + "' cannot be resolved (" + ex.getMessage() + ")",
					"Define the property it names, such as in application.properties, or give the placeholder "
							+ "a default with ${name:default}");
		}
		return (resolved == null || resolved.isEmpty()) ? null : resolved;
	}

	/**
	 * Resolve and parse a timeout attribute.
	 * @param value the value as written
	 * @param attribute the attribute
	 * @return the timeout, {@code null} when empty
	 */
	@Nullable Duration timeout(String value, String attribute) {
		String text = resolve(value, attribute);
		if (text == null) {
			return null;
		}
		Duration timeout = parse(text.trim());
		if (timeout == null || timeout.isNegative() || timeout.isZero()) {
			throw failure(attribute + " must be a positive duration but was '" + text + "'",
					"Write it like 5s, 500ms, 2m or PT5S");
		}
		return timeout;
	}

	String returnTypeName() {
		return this.method.getGenericReturnType().getTypeName();
	}

	FunctionsClientDefinitionException failure(String problem, String action) {
		return new FunctionsClientDefinitionException(this.clientInterface, this.method, problem, action);
	}

	private static @Nullable Duration parse(String text) {
		if (text.startsWith("P") || text.startsWith("p")) {
			try {
				return Duration.parse(text);
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}
		Matcher matcher = SIMPLE_DURATION.matcher(text);
		if (!matcher.matches()) {
			return null;
		}
		long amount = Long.parseLong(matcher.group(1));
		return switch (matcher.group(2)) {
			case "ms" -> Duration.ofMillis(amount);
			case "s" -> Duration.ofSeconds(amount);
			case "m" -> Duration.ofMinutes(amount);
			case "h" -> Duration.ofHours(amount);
			default -> Duration.ofDays(amount);
		};
	}

}
