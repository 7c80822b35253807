package io.github.lpfunctions.sample.user;

import io.github.lpfunctions.sample.test.LivePersonProfileStartupContract;

/**
 * With the {@code liveperson} profile and no {@code LP_*} environment variables,
 * {@link FunctionsUserSampleApplication} refuses to start and names the missing property;
 * the test is the shared {@link LivePersonProfileStartupContract}.
 */
class LivePersonProfileStartupTests extends LivePersonProfileStartupContract {

	LivePersonProfileStartupTests() {
		super(FunctionsUserSampleApplication.class);
	}

}
