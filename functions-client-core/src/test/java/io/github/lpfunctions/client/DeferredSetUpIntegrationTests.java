package io.github.lpfunctions.client;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.web.reactive.function.client.WebClient;

import io.github.lpfunctions.emulator.FunctionsEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A template builds its WebClients on its first call, not when it is built, so that an
 * application's start-up does not pay for their codecs: the application's builder applies
 * its codec settings to a WebClient only when that is built.
 */
class DeferredSetUpIntegrationTests {

	private FunctionsEmulator liveperson;

	@BeforeEach
	void start() {
		this.liveperson = Emulators.start();
	}

	@AfterEach
	void stop() {
		this.liveperson.close();
	}

	@Test
	void buildsItsWebClientsOnTheFirstCall() {
		AtomicInteger builtWebClients = new AtomicInteger();
		WebClient.Builder application = WebClient.builder().codecs((codecs) -> builtWebClients.incrementAndGet());
		try (FunctionsTemplate template = new FunctionsTemplate(
				Emulators.templateBuilder(this.liveperson).webClientBuilder(application).build())) {
			assertThat(builtWebClients).as("WebClients built with the template").hasValue(0);
			Map<?, ?> result = template.invokeByUuid(Emulators.UUID, Map.of("text", "hello"), Map.class);
			assertThat(result).isNotNull();
			// one for discovery and the token, one for the gateway
			assertThat(builtWebClients).as("WebClients built by the first call").hasValue(2);
			template.invokeByUuid(Emulators.UUID, Map.of("text", "again"), Map.class);
			assertThat(builtWebClients).as("WebClients built by the second call").hasValue(2);
		}
	}

}
