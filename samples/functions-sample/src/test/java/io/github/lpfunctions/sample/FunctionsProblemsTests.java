package io.github.lpfunctions.sample;

import io.github.lpfunctions.sample.support.FunctionsProblems;
import io.github.lpfunctions.sample.test.FunctionsProblemsContract;

/**
 * Tests of the {@link FunctionsProblems} this sample uses, the failure-to-status mapping
 * the README documents; the rows are the shared {@link FunctionsProblemsContract}.
 */
class FunctionsProblemsTests extends FunctionsProblemsContract {

	FunctionsProblemsTests() {
		super(FunctionsProblems::of, FunctionsProblems::of);
	}

}
