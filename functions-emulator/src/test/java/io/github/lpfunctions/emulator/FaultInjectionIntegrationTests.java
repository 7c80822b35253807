package io.github.lpfunctions.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FaultInjectionIntegrationTests {

	static FunctionsEmulator emulator;

	static HttpExchanges http;

	static String token;

	@BeforeAll
	static void start() {
		emulator = FunctionsEmulator.builder().function(EmulatedFunction.echo("echo")).start();
		http = new HttpExchanges(emulator);
		token = http.accessToken();
	}

	@AfterAll
	static void stop() {
		emulator.close();
	}

	@BeforeEach
	void reset() {
		emulator.reset();
	}

	@Test
	void authorizationServerDown() {
		emulator.faults().authorizationServerDown(true);
		HttpResponse<String> response = http.postForm("/sentinel/api/account/123456/app/token?v=2.0",
				Map.of("grant_type", "client_credentials", "client_id", "emulator-client", "client_secret",
						"emulator-secret"));
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(HttpExchanges.json(response).get("error").asString()).isEqualTo("temporarily_unavailable");
		assertThat(http.invoke("echo", token).statusCode()).as("gateway still up").isEqualTo(200);
		assertThat(http
			.get("/sentinel/api/account/123456/authorize?v=1.0&response_type=code"
					+ "&client_id=emulator-client&redirect_uri=http://localhost/cb")
			.statusCode()).as("login page").isEqualTo(503);
		for (String path : List.of("/sentinel/api/v2/account/123456/app/token?v=2.0",
				"/sentinel/api/account/123456/authorize?v=1.0", "/sentinel/api/account/123456/token?v=2.0",
				"/sentinel/api/account/123456/token/revoke?v=1.0")) {
			assertThat(http.postForm(path, Map.of("grant_type", "client_credentials")).statusCode()).as(path)
				.isEqualTo(503);
		}
		emulator.faults().authorizationServerDown(false);
		assertThat(http.accessToken()).isNotBlank();
	}

	@Test
	void discoveryDown() {
		emulator.faults().discoveryDown(true);
		assertThat(http.get("/api/account/123456/service/baseURI.json?version=1.0").statusCode()).isEqualTo(503);
		emulator.faults().discoveryDown(false);
		assertThat(http.get("/api/account/123456/service/baseURI.json?version=1.0").statusCode()).isEqualTo(200);
	}

	@Test
	void nextGatewayRequestsFailWithStatus() {
		emulator.faults().failNextGatewayRequests(2, 503);
		HttpResponse<String> first = http.invoke("echo", token);
		assertThat(first.statusCode()).isEqualTo(503);
		assertThat(first.headers().firstValue("Retry-After")).hasValue("1");
		assertThat(HttpExchanges.json(first).get("errorCode").asString())
			.isEqualTo("com.liveperson.faas.es.unavailable");
		assertThat(http.invoke("echo", token).statusCode()).isEqualTo(503);
		assertThat(http.invoke("echo", token).statusCode()).isEqualTo(200);
		assertThat(emulator.functions().invocations("echo")).as("failed requests never reach the function")
			.isEqualTo(1);
	}

	@Test
	void tooManyRequestsCarriesRetryAfter() {
		emulator.faults().failNextGatewayRequests(1, GatewayFault.status(429, Duration.ofSeconds(7)));
		HttpResponse<String> response = http.invoke("echo", token);
		assertThat(response.statusCode()).isEqualTo(429);
		assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
	}

	@Test
	void unauthorizedOnce() {
		emulator.faults().failNextGatewayRequests(1, 401);
		HttpResponse<String> response = http.invoke("echo", token);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
		assertThat(http.invoke("echo", token).statusCode()).isEqualTo(200);
	}

	@Test
	void faultsQueueInOrder() {
		emulator.faults().failNextGatewayRequests(1, 429).failNextGatewayRequests(1, 502);
		assertThat(http.invoke("echo", token).statusCode()).isEqualTo(429);
		assertThat(http.invoke("echo", token).statusCode()).isEqualTo(502);
		assertThat(http.invoke("echo", token).statusCode()).isEqualTo(200);
	}

	@Test
	void connectionResetSendsTcpRst() throws IOException {
		emulator.faults().resetNextGatewayConnections(1);
		String body = HttpExchanges.INVOCATION;
		try (Socket socket = new Socket("localhost", emulator.port())) {
			socket.setSoTimeout(5000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/account/123456/lambdas/echo/invoke?v=1&externalSystem=t HTTP/1.1\r\n"
					+ "Host: localhost\r\nAuthorization: Bearer " + token + "\r\nContent-Type: application/json\r\n"
					+ "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body)
				.getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			assertThatExceptionOfType(SocketException.class).isThrownBy(() -> {
				while (in.read() != -1) {
					// a FIN would end here with -1; only a RST throws "Connection reset"
				}
			}).withMessageContaining("reset");
		}
		assertThat(http.invoke("echo", token).statusCode()).isEqualTo(200);
		assertThat(emulator.functions().invocations("echo")).isEqualTo(1);
	}

	@Test
	void connectionResetSeenByHttpClient() {
		emulator.faults().resetNextGatewayConnections(1);
		assertThatExceptionOfType(java.io.UncheckedIOException.class).isThrownBy(() -> http.invoke("echo", token));
	}

	@Test
	void gatewayLatency() {
		emulator.faults().gatewayLatency(Duration.ofSeconds(1));
		long start = System.nanoTime();
		assertThat(http.invoke("echo", token).statusCode()).isEqualTo(200);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
		start = System.nanoTime();
		assertThat(http.get("/api/account/123456/service/baseURI.json").statusCode()).isEqualTo(200);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).as("discovery is not delayed")
			.isLessThan(Duration.ofSeconds(1));
	}

	@Test
	void faultsOverAdminApi() {
		HttpResponse<String> put = http.put("/emulator/faults",
				"{\"discoveryDown\":true,\"gatewayLatency\":\"50ms\",\"gateway\":[{\"count\":2,\"status\":429,"
						+ "\"retryAfter\":\"PT3S\"},{\"count\":1,\"reset\":true}]}");
		assertThat(put.statusCode()).isEqualTo(200);
		JsonNode faults = HttpExchanges.json(put);
		assertThat(faults.get("discoveryDown").asBoolean()).isTrue();
		assertThat(faults.get("gatewayLatency").asString()).isEqualTo("PT0.05S");
		assertThat(faults.get("gateway").size()).isEqualTo(2);
		assertThat(faults.get("gateway").get(0).get("retryAfter").asString()).isEqualTo("PT3S");
		assertThat(emulator.faults().pendingGatewayFaults()).hasSize(2);
		HttpResponse<String> limited = http.invoke("echo", token);
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.headers().firstValue("Retry-After")).hasValue("3");
		assertThat(http.put("/emulator/faults", "{\"gateway\":{\"count\":1}}").statusCode()).isEqualTo(400);
		assertThat(http.delete("/emulator/faults").statusCode()).isEqualTo(204);
		assertThat(emulator.faults().pendingGatewayFaults()).isEmpty();
		assertThat(emulator.faults().isDiscoveryDown()).isFalse();
		assertThat(http.invoke("echo", token).statusCode()).isEqualTo(200);
	}

}
