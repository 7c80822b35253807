package io.github.lpfunctions.sample.webflux;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

import io.github.lpfunctions.sample.test.ReadmeExamplesContract;

/**
 * Proves the root README's sample section true against this sample (Spring WebFlux): the
 * tests are the shared {@link ReadmeExamplesContract}, which reads
 * {@code ../../README.md} from this module's directory.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ReadmeExamplesIntegrationTests extends ReadmeExamplesContract {

}
