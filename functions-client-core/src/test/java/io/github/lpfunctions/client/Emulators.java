package io.github.lpfunctions.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import okhttp3.tls.HeldCertificate;
import tools.jackson.databind.json.JsonMapper;

import io.github.lpfunctions.emulator.EmulatedFunction;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RequestCapture;

/**
 * The emulator of LivePerson Functions, set up as the client's tests expect it: their
 * account and credentials, a function {@link #UUID} answering {@code {"ok":true}} and
 * bound to {@link #EVENT}, and templates pointed at it.
 */
final class Emulators {

	static final String ACCOUNT = "123456";

	static final String CLIENT_ID = "test-client";

	static final String CLIENT_SECRET = "s3cr3t-client-secret-value";

	static final String UUID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

	static final String EVENT = "conversational_command";

	/**
	 * Shared by emulators that must accept each other's tokens (HS256, 32 bytes or more).
	 */
	static final String SIGNING_KEY = "client-tests-signing-key-0123456789abcdef";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Emulators() {
	}

	/**
	 * A builder for an emulator of the tests' account, with the function {@link #UUID}.
	 * @return the builder
	 */
	static FunctionsEmulator.Builder builder() {
		return FunctionsEmulator.builder()
			.accountId(ACCOUNT)
			.clientId(CLIENT_ID)
			.clientSecret(CLIENT_SECRET)
			.property("functions.emulator.signing-key", SIGNING_KEY)
			.function(EmulatedFunction.returning(UUID, Map.of("ok", true)).withEvent(EVENT));
	}

	static FunctionsEmulator start() {
		return builder().start();
	}

	static FunctionsEmulator start(Clock clock) {
		return builder().clock(clock).start();
	}

	/**
	 * Start an emulator that serves https only, with the given certificate, as every
	 * LivePerson host does.
	 * @param certificate the server's certificate and key
	 * @return the running emulator
	 */
	static FunctionsEmulator startHttps(HeldCertificate certificate) {
		try {
			Path directory = Files.createTempDirectory("emulator-tls");
			Path chain = Files.writeString(directory.resolve("certificate.pem"), certificate.certificatePem());
			Path key = Files.writeString(directory.resolve("key.pem"), certificate.privateKeyPkcs8Pem());
			FunctionsEmulator emulator = builder().property("server.ssl.certificate", chain.toUri().toString())
				.property("server.ssl.certificate-private-key", key.toUri().toString())
				.start();
			// the server has read them
			Files.delete(chain);
			Files.delete(key);
			Files.delete(directory);
			return emulator;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static URI httpsBaseUri(FunctionsEmulator emulator) {
		return URI.create("https://localhost:" + emulator.port());
	}

	static URI baseUri(FunctionsEmulator emulator) {
		return URI.create("http://localhost:" + emulator.port());
	}

	/**
	 * A template against the emulator with discovery over http, and the given tweaks.
	 * @param emulator the emulator
	 * @return the builder
	 */
	static ReactiveFunctionsTemplate.Builder templateBuilder(FunctionsEmulator emulator) {
		return templateBuilder(baseUri(emulator), "http");
	}

	static ReactiveFunctionsTemplate.Builder templateBuilder(URI discoveryUri, String scheme) {
		return ReactiveFunctionsTemplate.builder()
			.accountId(ACCOUNT)
			.clientCredentials(CLIENT_ID, CLIENT_SECRET)
			.discoveryUri(discoveryUri)
			.discoveryScheme(scheme)
			.eventSource("test-system")
			.timeout(Duration.ofSeconds(5));
	}

	/**
	 * The access tokens the authorization server issued, in the order it sent them.
	 * @param tokens a capture of the token endpoint
	 * @return the tokens
	 */
	static List<String> issuedTokens(RequestCapture tokens) {
		return tokens.answers()
			.stream()
			.filter((answer) -> answer.status() == 200)
			.map((answer) -> JSON.readTree(answer.body()).path("access_token").asString(null))
			.filter((token) -> token != null)
			.toList();
	}

}
