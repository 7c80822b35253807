package io.github.lpfunctions.sample;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import io.github.lpfunctions.sample.test.SampleEndpointsContract;

/**
 * End to end: HTTP client → this sample (Spring MVC, the auto-configured
 * {@code FunctionsTemplate}) → its in-process emulator; the tests are the shared
 * {@link SampleEndpointsContract}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FunctionsSampleIntegrationTests extends SampleEndpointsContract {

	FunctionsSampleIntegrationTests() {
		super("functions-sample");
	}

}
