package io.github.lpfunctions.client;

import java.net.URI;
import java.util.Map;

import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.lpfunctions.client.FakeLivePerson.Route;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JVM's proxy settings ({@code http.proxyHost}, {@code https.proxyHost},
 * {@code http.nonProxyHosts}) send every request through the proxy's tunnel, as they do
 * for the official Java client. Discovery is configured on a port where nothing listens:
 * only the proxy, which tunnels every connection to the fake LivePerson, gets there.
 */
class ProxyIntegrationTests {

	private static final String UUID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

	private static final String[] PROXY_PROPERTIES = { "http.proxyHost", "http.proxyPort", "https.proxyHost",
			"https.proxyPort", "http.nonProxyHosts" };

	@AfterEach
	void clearProxyProperties() {
		for (String property : PROXY_PROPERTIES) {
			System.clearProperty(property);
		}
	}

	@Test
	void httpGoesThroughTheJvmsProxy() {
		try (FakeLivePerson liveperson = new FakeLivePerson().start();
				TunnelProxy proxy = new TunnelProxy(liveperson.port())) {
			useProxy("http", proxy);
			FunctionsTemplate template = new FunctionsTemplate(
					liveperson.templateBuilder().discoveryUri(URI.create("http://localhost:1")).build());
			assertThat(template.invokeByUuid(UUID, null, Map.class)).containsEntry("ok", true);
			assertThat(proxy.tunnels()).contains("localhost:1");
			assertThat(liveperson.count(Route.CSDS)).isOne();
			assertThat(liveperson.count(Route.TOKEN)).isOne();
			assertThat(liveperson.count(Route.INVOKE)).isOne();
		}
	}

	@Test
	void httpsGoesThroughTheJvmsProxy() {
		HeldCertificate certificate = new HeldCertificate.Builder().addSubjectAlternativeName("localhost").build();
		try (FakeLivePerson liveperson = new FakeLivePerson()
			.startHttps(new HandshakeCertificates.Builder().heldCertificate(certificate).build().sslSocketFactory());
				TunnelProxy proxy = new TunnelProxy(liveperson.port())) {
			useProxy("https", proxy);
			FunctionsTemplate template = new FunctionsTemplate(liveperson.templateBuilder()
				.discoveryUri(URI.create("https://localhost:1"))
				.httpClientCustomizer((httpClient) -> httpClient
					.secure((spec) -> spec.sslContext(TlsIntegrationTests.trusting(certificate))))
				.build());
			assertThat(template.invokeByUuid(UUID, null, Map.class)).containsEntry("ok", true);
			assertThat(proxy.tunnels()).contains("localhost:1");
			assertThat(liveperson.count(Route.INVOKE)).isOne();
		}
	}

	@Test
	void withoutProxySettingsRequestsGoDirect() {
		try (FakeLivePerson liveperson = new FakeLivePerson().start();
				TunnelProxy proxy = new TunnelProxy(liveperson.port())) {
			FunctionsTemplate template = new FunctionsTemplate(liveperson.templateBuilder().build());
			assertThat(template.invokeByUuid(UUID, null, Map.class)).containsEntry("ok", true);
			assertThat(proxy.tunnels()).isEmpty();
		}
	}

	private static void useProxy(String scheme, TunnelProxy proxy) {
		System.setProperty(scheme + ".proxyHost", "127.0.0.1");
		System.setProperty(scheme + ".proxyPort", Integer.toString(proxy.port()));
		// loopback is direct by default; here it stands for LivePerson behind the proxy
		System.setProperty("http.nonProxyHosts", "direct.invalid");
	}

}
