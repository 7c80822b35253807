package io.github.lpfunctions.sample.webflux;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import io.github.lpfunctions.sample.support.emulator.DemoFunctions;
import io.github.lpfunctions.sample.test.SampleApplicationContract;

/**
 * Smoke test of this sample (Spring WebFlux): it starts as {@code spring-boot:run} starts
 * it, with the shared in-process emulator and {@link DemoFunctions}; the test is the
 * shared {@link SampleApplicationContract}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FunctionsWebFluxSampleApplicationIntegrationTests extends SampleApplicationContract {

}
