package io.github.lpfunctions.client.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;
import org.springframework.core.convert.ConversionException;

/**
 * Reports a missing or wrong {@code liveperson.functions.*} property at startup, naming
 * the property and what to do.
 * <p>
 * Besides an {@link InvalidFunctionsPropertyException}, it reports a {@code region} or
 * {@code platform} that names no constant of its enum: Spring Boot fails to bind those
 * before any of our code runs. It comes before Boot's own analyzers, so that such a value
 * gets our report rather than Boot's generic binding one.
 *
 * @author LivePerson Functions for Spring contributors
 */
class FunctionsFailureAnalyzer implements FailureAnalyzer, Ordered {

	private static final String REGION = FunctionsProperties.PREFIX + ".region";

	private static final String PLATFORM = FunctionsProperties.PREFIX + ".platform";

	@Override
	public @Nullable FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			InvalidFunctionsPropertyException invalid = invalidProperty(cause);
			if (invalid != null) {
				return analysis(invalid, cause);
			}
		}
		return null;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	private static @Nullable InvalidFunctionsPropertyException invalidProperty(Throwable cause) {
		if (cause instanceof InvalidFunctionsPropertyException invalid) {
			return invalid;
		}
		if (cause instanceof BindException bind && bind.getCause() instanceof ConversionException
				&& bind.getProperty() != null) {
			String name = bind.getName().toString();
			String value = String.valueOf(bind.getProperty().getValue());
			if (REGION.equals(name)) {
				return FunctionsPropertyRules.unknownRegion(value);
			}
			if (PLATFORM.equals(name)) {
				return FunctionsPropertyRules.unknownPlatform(value);
			}
		}
		return null;
	}

	private static FailureAnalysis analysis(InvalidFunctionsPropertyException invalid, Throwable cause) {
		StringBuilder description = new StringBuilder();
		description.append("The LivePerson Functions client could not be configured:\n\n");
		description.append("    Property: ").append(invalid.getProperty()).append('\n');
		description.append("    Value: ")
			.append((invalid.getValue() != null) ? "\"" + invalid.getValue() + "\"" : "(none)")
			.append('\n');
		// the report ends the description with a line break of its own
		description.append("    Reason: ").append(invalid.getReason());
		return new FailureAnalysis(description.toString(), invalid.getAction(), cause);
	}

}
