package io.github.lpfunctions.sample;

import io.github.lpfunctions.sample.test.LivePersonProfileStartupContract;

/**
 * With the {@code liveperson} profile and no {@code LP_*} environment variables,
 * {@link FunctionsSampleApplication} refuses to start and names the missing property; the
 * test is the shared {@link LivePersonProfileStartupContract}.
 */
class LivePersonProfileStartupTests extends LivePersonProfileStartupContract {

	LivePersonProfileStartupTests() {
		super(FunctionsSampleApplication.class);
	}

}
