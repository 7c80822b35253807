package io.github.lpfunctions.client.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.lpfunctions.client.ReactiveFunctionsTemplate;
import io.github.lpfunctions.client.auth.ClientAuthentication;
import io.github.lpfunctions.client.auth.ClientCredentialsAuthentication;
import io.github.lpfunctions.client.health.FunctionsHealthIndicator;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} of the {@code livepersonFunctions} health component, switched off
 * with {@code management.health.liveperson-functions.enabled=false}.
 *
 * @author LivePerson Functions for Spring contributors
 */
@AutoConfiguration(after = FunctionsAutoConfiguration.class,
		afterName = "org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration")
@ConditionalOnClass({ ReactiveHealthIndicator.class, ConditionalOnEnabledHealthIndicator.class,
		ReactiveFunctionsTemplate.class })
@ConditionalOnBooleanProperty(name = FunctionsProperties.PREFIX + ".enabled", matchIfMissing = true)
@ConditionalOnBean(ReactiveFunctionsTemplate.class)
@ConditionalOnEnabledHealthIndicator("liveperson-functions")
@EnableConfigurationProperties(FunctionsProperties.class)
public final class FunctionsHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "livepersonFunctionsHealthIndicator")
	FunctionsHealthIndicator livepersonFunctionsHealthIndicator(ReactiveFunctionsTemplate template,
			FunctionsProperties properties, ObjectProvider<FunctionsConnectionDetails> connectionDetails,
			ObjectProvider<ClientAuthentication> clientAuthentication,
			ObjectProvider<WebClient.Builder> webClientBuilder) {
		FunctionsProperties.Health health = properties.getHealth();
		ClientAuthentication authentication = clientAuthentication.getIfUnique();
		if (authentication == null) {
			authentication = clientCredentials(template, properties, connectionDetails.getIfUnique(), webClientBuilder);
		}
		return new FunctionsHealthIndicator(template, authentication,
				FunctionsSettings.notNegative(health.getCacheTtl(), "health.cache-ttl"),
				FunctionsSettings.positive(health.getTimeout(), "health.timeout"));
	}

	/**
	 * A client-credentials authentication of the health indicator's own, with the
	 * template's credentials and endpoints: the template does not expose the one it uses.
	 * It costs one token request per token lifetime.
	 */
	private static @Nullable ClientAuthentication clientCredentials(ReactiveFunctionsTemplate template,
			FunctionsProperties properties, @Nullable FunctionsConnectionDetails details,
			ObjectProvider<WebClient.Builder> webClientBuilder) {
		String clientId = (details != null) ? details.getClientId() : null;
		String clientSecret = (details != null) ? details.getClientSecret() : null;
		if (!StringUtils.hasText(clientId) || !StringUtils.hasText(clientSecret)) {
			return null;
		}
		// The application's (or the default) connector: no connection pool of our own
		// that nothing would close. The health timeout bounds the connect time.
		WebClient webClient = webClientBuilder.getIfUnique(WebClient::builder).clone().build();
		return ClientCredentialsAuthentication.builder()
			.accountId(template.getAccountId())
			.clientId(clientId.trim())
			.clientSecret(clientSecret.trim())
			.endpoints(template::resolveEndpoints)
			.webClient(webClient)
			.timeout(properties.getHealth().getTimeout())
			.allowInsecureHttp(properties.isAllowInsecureHttp())
			.build();
	}

}
