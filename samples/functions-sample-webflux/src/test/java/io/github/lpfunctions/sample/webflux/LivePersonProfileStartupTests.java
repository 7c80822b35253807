package io.github.lpfunctions.sample.webflux;

import io.github.lpfunctions.sample.test.LivePersonProfileStartupContract;

/**
 * With the {@code liveperson} profile and no {@code LP_*} environment variables,
 * {@link FunctionsWebFluxSampleApplication} refuses to start and names the missing
 * property; the test is the shared {@link LivePersonProfileStartupContract}.
 */
class LivePersonProfileStartupTests extends LivePersonProfileStartupContract {

	LivePersonProfileStartupTests() {
		super(FunctionsWebFluxSampleApplication.class);
	}

}
