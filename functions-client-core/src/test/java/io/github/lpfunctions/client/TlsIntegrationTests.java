package io.github.lpfunctions.client;

import java.util.Map;

import javax.net.ssl.SSLException;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.client.reactive.JdkClientHttpConnector;

import io.github.lpfunctions.client.retry.RetrySettings;
import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Discovery, token and gateway over https, as LivePerson serves them, from a server whose
 * certificate the JVM does not trust (a corporate TLS-inspecting proxy, say).
 */
class TlsIntegrationTests {

	private static final String UUID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

	private static final HeldCertificate CERTIFICATE = new HeldCertificate.Builder()
		.addSubjectAlternativeName("localhost")
		.build();

	private static FunctionsEmulator liveperson;

	@BeforeAll
	static void start() {
		liveperson = Emulators.startHttps(CERTIFICATE);
	}

	@AfterAll
	static void stop() {
		liveperson.close();
	}

	@BeforeEach
	void reset() {
		liveperson.reset();
	}

	@Test
	void anUntrustedCertificateIsATypedFailureAndNothingIsSent() {
		FunctionsTemplate template = new FunctionsTemplate(
				Emulators.templateBuilder(Emulators.httpsBaseUri(liveperson), "https")
					.retry(RetrySettings.none())
					.build());
		assertThatExceptionOfType(FaaSException.class).isThrownBy(() -> template.invokeByUuid(UUID, null));
		assertThat(count(Endpoint.DISCOVERY)).isZero();
		assertThat(count(Endpoint.TOKEN)).isZero();
		assertThat(count(Endpoint.INVOKE)).isZero();
	}

	@Test
	void theHttpClientCustomizerSecuresEveryRequest() {
		FunctionsTemplate template = new FunctionsTemplate(Emulators
			.templateBuilder(Emulators.httpsBaseUri(liveperson), "https")
			.httpClientCustomizer((httpClient) -> httpClient.secure((spec) -> spec.sslContext(trusting(CERTIFICATE))))
			.build());
		assertThat(template.invokeByUuid(UUID, null, Map.class)).containsEntry("ok", true);
		assertThat(count(Endpoint.DISCOVERY)).isOne();
		assertThat(count(Endpoint.TOKEN)).isOne();
		assertThat(count(Endpoint.INVOKE)).isOne();
	}

	@Test
	void theCustomizerCannotBeCombinedWithAConnectorOfYourOwn() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Emulators.templateBuilder(Emulators.httpsBaseUri(liveperson), "https")
				.clientConnector(new JdkClientHttpConnector())
				.httpClientCustomizer((httpClient) -> httpClient)
				.build())
			.withMessageContaining("'clientConnector'")
			.withMessageContaining("'httpClientCustomizer'");
	}

	private static int count(Endpoint endpoint) {
		return liveperson.requests().to(endpoint).size();
	}

	static SslContext trusting(HeldCertificate certificate) {
		try {
			return SslContextBuilder.forClient().trustManager(certificate.certificate()).build();
		}
		catch (SSLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
