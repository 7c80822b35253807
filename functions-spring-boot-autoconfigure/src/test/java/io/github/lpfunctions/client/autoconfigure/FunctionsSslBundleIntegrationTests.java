package io.github.lpfunctions.client.autoconfigure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.lpfunctions.client.FaaSException;
import io.github.lpfunctions.client.FunctionsOperations;
import io.github.lpfunctions.client.autoconfigure.app.FunctionsTestApplication;
import io.github.lpfunctions.emulator.FunctionsEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code liveperson.functions.ssl.bundle} against a LivePerson whose certificate the JVM
 * does not trust (as behind a corporate TLS-inspecting proxy): discovery, token and
 * gateway all go over https with the bundle's trust material. The emulator serves https
 * with a self-signed certificate through its server's {@code server.ssl.*} properties.
 */
class FunctionsSslBundleIntegrationTests {

	private static final HeldCertificate CERTIFICATE = new HeldCertificate.Builder()
		.addSubjectAlternativeName("localhost")
		.build();

	@TempDir
	Path directory;

	private Path certificate;

	private FunctionsEmulator emulator;

	@BeforeEach
	void start() throws IOException {
		this.certificate = Files.writeString(this.directory.resolve("liveperson-ca.pem"), CERTIFICATE.certificatePem());
		Path privateKey = Files.writeString(this.directory.resolve("liveperson-key.pem"),
				CERTIFICATE.privateKeyPkcs8Pem());
		this.emulator = EmulatedAccount.emulator()
			.property("server.ssl.certificate", "file:" + this.certificate)
			.property("server.ssl.certificate-private-key", "file:" + privateKey)
			.start();
	}

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void theNamedBundleIsWhatTheConnectionsTrust() {
		try (ConfigurableApplicationContext context = run(
				"--spring.ssl.bundle.pem.liveperson.truststore.certificate=file:" + this.certificate,
				"--liveperson.functions.ssl.bundle=liveperson")) {
			assertThat(context.getBean(FunctionsOperations.class).isImplemented("conversational_command")).isTrue();
			assertThat(EmulatedAccount.tokenRequests(this.emulator)).hasSize(1);
			assertThat(EmulatedAccount.gatewayRequests(this.emulator)).as("discovery and isImplemented").hasSize(2);
		}
	}

	@Test
	void withoutTheBundleTheServerIsNotTrusted() {
		try (ConfigurableApplicationContext context = run()) {
			assertThatExceptionOfType(FaaSException.class)
				.isThrownBy(() -> context.getBean(FunctionsOperations.class).isImplemented("conversational_command"));
			assertThat(this.emulator.requests().all()).isEmpty();
		}
	}

	private ConfigurableApplicationContext run(String... properties) {
		String[] args = new String[properties.length + 5];
		args[0] = "--spring.config.location=classpath:/functions-app/application.yml";
		args[1] = "--emulator.port=" + this.emulator.port();
		args[2] = "--liveperson.functions.discovery.uri=https://localhost:" + this.emulator.port();
		args[3] = "--liveperson.functions.discovery.scheme=https";
		args[4] = "--liveperson.functions.retry.max-attempts=1";
		System.arraycopy(properties, 0, args, 5, properties.length);
		return new SpringApplicationBuilder(FunctionsTestApplication.class).web(WebApplicationType.NONE).run(args);
	}

}
