package io.github.lpfunctions.emulator;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Back-to-back requests on one keep-alive connection, each answered off the event loop
 * (the function's delay). With Reactor Netty 1.3.6 a request that arrived before the
 * previous response's operations had terminated could leave the connection unread
 * (reactor/reactor-netty#4361) and the next request hanging; about one pair in fifty did,
 * so a few hundred pairs show it.
 */
class KeepAliveIntegrationTests {

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
