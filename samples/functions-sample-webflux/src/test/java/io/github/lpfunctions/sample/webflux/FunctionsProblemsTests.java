package io.github.lpfunctions.sample.webflux;

import io.github.lpfunctions.sample.test.FunctionsProblemsContract;

/**
 * Tests of this sample's {@link FunctionsProblems}, the failure-to-status mapping the
 * README documents; the rows are the shared {@link FunctionsProblemsContract}.
 */
class FunctionsProblemsTests extends FunctionsProblemsContract {

	FunctionsProblemsTests() {
		super(FunctionsProblems::of, FunctionsProblems::of);
	}

}
