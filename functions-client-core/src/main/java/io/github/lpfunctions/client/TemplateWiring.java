package io.github.lpfunctions.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import reactor.core.Disposable;

import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.DefaultUriBuilderFactory;

import io.github.lpfunctions.client.auth.AuthenticationFilter;
import io.github.lpfunctions.client.auth.ClientAuthentication;
import io.github.lpfunctions.client.auth.ClientCredentialsAuthentication;
import io.github.lpfunctions.client.auth.LoginApiAuthentication;
import io.github.lpfunctions.client.discovery.CsdsEndpointResolver;
import io.github.lpfunctions.client.discovery.EndpointResolver;
import io.github.lpfunctions.client.discovery.ServiceEndpoints;
import io.github.lpfunctions.client.discovery.StaticEndpointResolver;
import io.github.lpfunctions.client.retry.RetryPolicy;

/**
 * What a template is made of, wired from the builder's settings: the connection pool and
 * connector, the plain WebClient that discovery and token requests use, the endpoint
 * resolver, the credentials, and the WebClient with the authentication filter that
 * gateway requests use.
 *
 * @param webClient the WebClient of gateway and management requests, with credentials
 * @param endpoints where the account's hosts are
 * @param authentication how requests are authorized by default
 * @param userLogin the service user of the Login API that listings use, or {@code null}
 * @param retryPolicy the retry policy all requests share
 * @param ownedConnector the connector (pool and event loops) the template created and
 * closes, or {@code null} when the connector is the caller's
 * @author LivePerson Functions for Spring contributors
 */
record TemplateWiring(WebClient webClient, EndpointResolver endpoints, ClientAuthentication authentication,
		@Nullable LoginApiAuthentication userLogin, RetryPolicy retryPolicy, @Nullable Disposable ownedConnector) {

	private static final String USER_AGENT = "lpfunctions-spring/" + version();

	/**
	 * Wire a template from validated settings.
	 * @param settings the builder's settings
	 * @return the parts of the template
	 */
	static TemplateWiring of(AbstractFunctionsTemplateBuilder<?> settings) {
		RetryPolicy retryPolicy = new RetryPolicy(settings.retry);
		FunctionsHttpConnector ownedConnector = (settings.clientConnector != null) ? null : FunctionsHttpConnector
			.create(settings.connectTimeout,
					FunctionsHttpConnector
						.pool(settings.connectionMaxIdleTime, settings.maxConnections, settings.timeout)
						.build(),
					(settings.httpClientCustomizer != null) ? settings.httpClientCustomizer : UnaryOperator.identity());
		WebClient.Builder base = ((settings.webClientBuilder != null) ? settings.webClientBuilder.clone()
				: WebClient.builder().observationRegistry(settings.observationRegistry))
			.clientConnector((ownedConnector != null) ? ownedConnector.connector() : settings.clientConnector)
			.uriBuilderFactory(new DefaultUriBuilderFactory())
			.defaultHeader(HttpHeaders.USER_AGENT, USER_AGENT)
			// The application's builder may log request details (Boot's
			// spring.http.codecs.log-request-details): Spring then prints headers in full
			// (ExchangeFunctions asks the writers' LoggingCodecSupport flag) and form
			// fields (FormHttpMessageWriter), so the bearer token and the client secret.
			// Off for every WebClient built here, the token client's included; the
			// application's own builder keeps its setting. Payloads are written as bytes
			// and answers read as buffers, so no JSON codec logs them either.
			.codecs((codecs) -> codecs.defaultCodecs().enableLoggingRequestDetails(false));
		WebClient plain = new DeferredWebClient(base.clone());
		EndpointResolver resolver = (settings.endpointResolver != null) ? settings.endpointResolver
				: defaultResolver(settings, plain, retryPolicy);
		LoginApiAuthentication userLogin = (settings.loginUsername != null)
				? userLogin(settings, plain, resolver, retryPolicy) : null;
		ClientAuthentication authentication = (settings.authentication != null) ? settings.authentication
				: (settings.clientId == null && userLogin != null) ? userLogin
						: defaultAuthentication(settings, plain, resolver, retryPolicy);
		WebClient authenticated = new DeferredWebClient(
				base.filter(new AuthenticationFilter(authentication, resolver, settings.allowInsecureHttp)));
		return new TemplateWiring(authenticated, resolver, authentication, userLogin, retryPolicy, ownedConnector);
	}

	private static EndpointResolver defaultResolver(AbstractFunctionsTemplateBuilder<?> settings, WebClient webClient,
			RetryPolicy retryPolicy) {
		ServiceEndpoints fallback = (settings.region != null) ? settings.region.endpoints() : null;
		if (!settings.discoveryEnabled || (settings.gatewayUri != null && settings.sentinelUri != null)) {
			// validated: a region, or both the gateway and the sentinel
			ServiceEndpoints fixed = (fallback != null)
					? fallback.withOverrides(settings.gatewayUri, settings.sentinelUri, settings.managementUri,
							settings.loginUri)
					: new ServiceEndpoints(settings.gatewayUri, settings.sentinelUri, settings.managementUri,
							settings.loginUri);
			return new StaticEndpointResolver(fixed);
		}
		return CsdsEndpointResolver.builder()
			.webClient(webClient)
			.csdsUri(settings.discoveryUri)
			.accountId(settings.accountId)
			.scheme(settings.discoveryScheme)
			.ttl(settings.discoveryTtl)
			.timeout(settings.timeout)
			.clock(settings.clock)
			.fallback(fallback)
			.overrides(settings.gatewayUri, settings.sentinelUri, settings.managementUri, settings.loginUri)
			.retryPolicy(retryPolicy)
			.trustedDomains(settings.trustedDomains)
			.build();
	}

	private static ClientAuthentication defaultAuthentication(AbstractFunctionsTemplateBuilder<?> settings,
			WebClient webClient, EndpointResolver resolver, RetryPolicy retryPolicy) {
		return ClientCredentialsAuthentication.builder()
			.accountId(settings.accountId)
			.clientId(settings.clientId)
			.clientSecret(settings.clientSecret)
			.endpoints(resolver)
			.webClient(webClient)
			.clock(settings.clock)
			.retryPolicy(retryPolicy)
			.timeout(settings.timeout)
			.allowInsecureHttp(settings.allowInsecureHttp)
			.failurePause(settings.tokenFailurePause)
			.refreshAhead(settings.tokenRefreshAhead)
			.build();
	}

	private static LoginApiAuthentication userLogin(AbstractFunctionsTemplateBuilder<?> settings, WebClient webClient,
			EndpointResolver resolver, RetryPolicy retryPolicy) {
		return LoginApiAuthentication.builder()
			.accountId(settings.accountId)
			.username(settings.loginUsername)
			.password(settings.loginPassword)
			.endpoints(resolver)
			.webClient(webClient)
			.clock(settings.clock)
			.retryPolicy(retryPolicy)
			.timeout(settings.timeout)
			.allowInsecureHttp(settings.allowInsecureHttp)
			.build();
	}

	private static String version() {
		try (InputStream in = TemplateWiring.class.getResourceAsStream("version.properties")) {
			Properties properties = new Properties();
			if (in != null) {
				properties.load(in);
			}
			return properties.getProperty("version", "unknown");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

}
