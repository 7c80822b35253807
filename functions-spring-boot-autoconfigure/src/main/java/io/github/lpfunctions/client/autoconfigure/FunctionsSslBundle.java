package io.github.lpfunctions.client.autoconfigure;

import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import reactor.netty.http.client.HttpClient;

import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.ReactorHttpClientBuilder;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.util.ClassUtils;

import io.github.lpfunctions.client.ReactiveFunctionsTemplate;

/**
 * Applies the SSL bundle named by {@code liveperson.functions.ssl.bundle} to the client's
 * connections, with Spring Boot's own {@link ReactorHttpClientBuilder} so that a bundle
 * means here what it means for Boot's HTTP clients (trust, keys, protocols, ciphers).
 *
 * @author LivePerson Functions for Spring contributors
 */
final class FunctionsSslBundle {

	static final String PROPERTY = FunctionsProperties.PREFIX + ".ssl.bundle";

	private static final String REACTOR_HTTP_CLIENT_BUILDER = "org.springframework.boot.http.client.ReactorHttpClientBuilder";

	private FunctionsSslBundle() {
	}

	/**
	 * Make the builder's connections use the named bundle.
	 * @param builder the template builder
	 * @param name the bundle name
	 * @param sslBundles the application's SSL bundles, {@code null} when there are none
	 * @param classLoader the application's class loader
	 * @throws InvalidFunctionsPropertyException naming the property when the bundle
	 * cannot be used
	 */
	static void apply(ReactiveFunctionsTemplate.Builder builder, String name, @Nullable SslBundles sslBundles,
			@Nullable ClassLoader classLoader) {
		if (!ClassUtils.isPresent(REACTOR_HTTP_CLIENT_BUILDER, classLoader)) {
			throw new InvalidFunctionsPropertyException(PROPERTY, name,
					"spring-boot-http-client is not on the class path",
					"Add org.springframework.boot:spring-boot-webclient (the starter brings it), or remove the property.");
		}
		if (sslBundles == null) {
			throw new InvalidFunctionsPropertyException(PROPERTY, name, "the application has no SslBundles bean",
					"Let Spring Boot's SslAutoConfiguration run, or remove the property.");
		}
		SslBundle bundle;
		try {
			bundle = sslBundles.getBundle(name);
		}
		catch (NoSuchSslBundleException ex) {
			throw new InvalidFunctionsPropertyException(PROPERTY, name, "no SSL bundle of that name is configured",
					"Configure it under spring.ssl.bundle.pem." + name + " or spring.ssl.bundle.jks." + name
							+ ", or remove the property to use the JVM's default trust store.");
		}
		builder.httpClientCustomizer(customizer(bundle));
	}

	private static UnaryOperator<HttpClient> customizer(SslBundle bundle) {
		// redirects stay off: the client never sends a request where it did not decide to
		HttpClientSettings settings = HttpClientSettings.ofSslBundle(bundle).withRedirects(HttpRedirects.DONT_FOLLOW);
		return (httpClient) -> new ReactorHttpClientBuilder().withHttpClientFactory(() -> httpClient).build(settings);
	}

}
