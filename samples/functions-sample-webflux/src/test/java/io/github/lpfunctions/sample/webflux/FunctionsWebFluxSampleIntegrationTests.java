package io.github.lpfunctions.sample.webflux;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import io.github.lpfunctions.sample.test.SampleEndpointsContract;

/**
 * End to end: HTTP client → this sample (Spring WebFlux, the auto-configured
 * {@code ReactiveFunctionsTemplate}) → its in-process emulator; the tests are the shared
 * {@link SampleEndpointsContract}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FunctionsWebFluxSampleIntegrationTests extends SampleEndpointsContract {

	FunctionsWebFluxSampleIntegrationTests() {
		super("functions-sample-webflux");
	}

}
