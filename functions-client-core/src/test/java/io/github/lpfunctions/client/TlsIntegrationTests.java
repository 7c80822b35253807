package io.github.lpfunctions.client;

import java.util.Map;

import javax.net.ssl.SSLException;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.http.client.reactive.JdkClientHttpConnector;

import io.github.lpfunctions.client.FakeLivePerson.Route;
import io.github.lpfunctions.client.retry.RetrySettings;

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

	private final FakeLivePerson liveperson = new FakeLivePerson()
		.startHttps(new HandshakeCertificates.Builder().heldCertificate(CERTIFICATE).build().sslSocketFactory());

	@AfterEach
	void stop() {
		this.liveperson.close();
	}

	@Test
	void anUntrustedCertificateIsATypedFailureAndNothingIsSent() {
		FunctionsTemplate template = new FunctionsTemplate(
				this.liveperson.templateBuilder().retry(RetrySettings.none()).build());
		assertThatExceptionOfType(FaaSException.class).isThrownBy(() -> template.invokeByUuid(UUID, null));
		assertThat(this.liveperson.count(Route.CSDS)).isZero();
		assertThat(this.liveperson.count(Route.TOKEN)).isZero();
		assertThat(this.liveperson.count(Route.INVOKE)).isZero();
	}

	@Test
	void theHttpClientCustomizerSecuresEveryRequest() {
		FunctionsTemplate template = new FunctionsTemplate(this.liveperson.templateBuilder()
			.httpClientCustomizer((httpClient) -> httpClient.secure((spec) -> spec.sslContext(trusting(CERTIFICATE))))
			.build());
		assertThat(template.invokeByUuid(UUID, null, Map.class)).containsEntry("ok", true);
		assertThat(this.liveperson.count(Route.CSDS)).isOne();
		assertThat(this.liveperson.count(Route.TOKEN)).isOne();
		assertThat(this.liveperson.count(Route.INVOKE)).isOne();
	}

	@Test
	void theCustomizerCannotBeCombinedWithAConnectorOfYourOwn() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.liveperson.templateBuilder()
				.clientConnector(new JdkClientHttpConnector())
				.httpClientCustomizer((httpClient) -> httpClient)
				.build())
			.withMessageContaining("'clientConnector'")
			.withMessageContaining("'httpClientCustomizer'");
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
