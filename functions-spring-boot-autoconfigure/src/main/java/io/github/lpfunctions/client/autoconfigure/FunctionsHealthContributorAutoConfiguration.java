package io.github.lpfunctions.client.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.context.annotation.Bean;

import io.github.lpfunctions.client.ReactiveFunctionsTemplate;
import io.github.lpfunctions.client.health.FunctionsHealthIndicator;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} of the {@code livepersonFunctions} health component, switched off
 * with {@code management.health.liveperson-functions.enabled=false}.
 *
 * @author LivePerson Functions for Spring contributors
 */
@AutoConfiguration(after = FunctionsAutoConfiguration.class)
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
			FunctionsProperties properties) {
		FunctionsProperties.Health health = properties.getHealth();
		return new FunctionsHealthIndicator(template,
				FunctionsPropertyRules.notNegative(health.getCacheTtl(), "health.cache-ttl"),
				FunctionsPropertyRules.positive(health.getTimeout(), "health.timeout"));
	}

}
