package io.github.lpfunctions.client.autoconfigure.clients;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import io.github.lpfunctions.client.proxy.FunctionsClientDefinitionException;

/**
 * Reports a {@code @FunctionsClient} interface that cannot be implemented: the interface,
 * the method, what is wrong and what to change.
 *
 * @author LivePerson Functions for Spring contributors
 */
class FunctionsClientFailureAnalyzer extends AbstractFailureAnalyzer<FunctionsClientDefinitionException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, FunctionsClientDefinitionException cause) {
		String description = "The LivePerson Functions client " + cause.getClientInterface().getName()
				+ " cannot be implemented:%n%n    Method:  %s%n    Problem: %s%n".formatted(cause.getLocation(),
						cause.getProblem());
		return new FailureAnalysis(description, cause.getAction() + ".", cause);
	}

}
