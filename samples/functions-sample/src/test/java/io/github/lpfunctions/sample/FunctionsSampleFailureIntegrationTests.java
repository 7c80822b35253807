package io.github.lpfunctions.sample;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import io.github.lpfunctions.sample.test.SampleFailuresContract;

/**
 * End to end, the failures of this sample (Spring MVC) that need a context of their own;
 * the tests, and the properties they rely on, are the shared
 * {@link SampleFailuresContract}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FunctionsSampleFailureIntegrationTests extends SampleFailuresContract {

}
