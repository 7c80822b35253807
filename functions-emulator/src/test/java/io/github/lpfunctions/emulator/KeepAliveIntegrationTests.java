package io.github.lpfunctions.emulator;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.lpfunctions.emulator.http.ConnectionCloseWebFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Back-to-back requests on one keep-alive connection, each answered off the event loop
 * (the function's delay). With Reactor Netty 1.3.6 a request that arrived before the
 * previous response's operations had terminated could leave the connection unread
 * (reactor/reactor-netty#4361) and the next request hanging: rarely, so a few hundred
 * pairs are needed to show it (on 1.3.6, before the emulator closed its connections
 * there, one of 300 pairs hung in the run we made).
 */
class KeepAliveIntegrationTests {

	@Test
	void closesConnectionsByDefaultOnlyOnAReactorNettyWithTheBug() {
		String version = ConnectionCloseWebFilter.reactorNettyVersion();
		Optional<String> expected = ConnectionCloseWebFilter.isNeededFor(version) ? Optional.of("close")
				: Optional.empty();
		try (FunctionsEmulator emulator = FunctionsEmulator.start()) {
			assertThat(new HttpExchanges(emulator).get("/emulator/functions").headers().firstValue("Connection"))
				.as("Reactor Netty %s", version)
				.isEqualTo(expected);
		}
	}

	@Test
	void closeConnectionsClosesEveryConnectionAndAnswersEveryRequest() {
		try (FunctionsEmulator emulator = FunctionsEmulator.builder()
			.property("functions.emulator.close-connections", "true")
			.function(EmulatedFunction.echo("delayed").withDelay(Duration.ofMillis(1)))
			.start()) {
			HttpExchanges http = new HttpExchanges(emulator, Duration.ofSeconds(2));
			String token = http.accessToken();
			for (int i = 0; i < 50; i++) {
				HttpResponse<String> invocation = http.invoke("delayed", token);
				assertThat(invocation.statusCode()).isEqualTo(200);
				assertThat(invocation.headers().firstValue("Connection")).hasValue("close");
				assertThat(http.get("/emulator/functions/delayed").statusCode()).isEqualTo(200);
			}
		}
	}

	@Test
	void everyRequestOnAKeepAliveConnectionIsAnswered() {
		try (FunctionsEmulator emulator = FunctionsEmulator.builder()
			.function(EmulatedFunction.echo("delayed").withDelay(Duration.ofMillis(1)))
			.start()) {
			HttpExchanges http = new HttpExchanges(emulator, Duration.ofSeconds(2));
			String token = http.accessToken();
			for (int i = 0; i < 300; i++) {
				assertThat(http.invoke("delayed", token).statusCode()).as("invocation %d", i).isEqualTo(200);
				assertThat(http.get("/emulator/functions/delayed").statusCode()).as("lookup %d", i).isEqualTo(200);
			}
		}
	}

}
