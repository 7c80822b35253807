package io.github.lpfunctions.client.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a missing or wrong {@code liveperson.functions.*} property at startup, naming
 * the property and what to do.
 *
 * @author LivePerson Functions for Spring contributors
 */
class FunctionsFailureAnalyzer extends AbstractFailureAnalyzer<InvalidFunctionsPropertyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidFunctionsPropertyException cause) {
		StringBuilder description = new StringBuilder();
		description.append("The LivePerson Functions client could not be configured:\n\n");
		description.append("    Property: ").append(cause.getProperty()).append('\n');
		description.append("    Value: ")
			.append((cause.getValue() != null) ? "\"" + cause.getValue() + "\"" : "(none)")
			.append('\n');
		description.append("    Reason: ").append(cause.getReason()).append('\n');
		return new FailureAnalysis(description.toString(), cause.getAction(), cause);
	}

}
