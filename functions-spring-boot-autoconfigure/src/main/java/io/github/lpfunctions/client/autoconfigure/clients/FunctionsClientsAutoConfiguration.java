package io.github.lpfunctions.client.autoconfigure.clients;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import io.github.lpfunctions.client.FunctionsTemplate;
import io.github.lpfunctions.client.ReactiveFunctionsTemplate;
import io.github.lpfunctions.client.autoconfigure.FunctionsAutoConfiguration;
import io.github.lpfunctions.client.proxy.ArgumentsValidator;
import io.github.lpfunctions.client.proxy.FunctionsClientFactory;

/**
 * The {@link FunctionsClientFactory} behind the beans of {@link EnableFunctionsClients}:
 * over the auto-configured templates, with the {@code ${...}} placeholders resolved from
 * the {@link Environment} and, when Bean Validation is present, the payloads validated
 * with the application's {@code Validator}. Only when {@code @EnableFunctionsClients} has
 * registered a client, so that an application without clients loads none of this.
 *
 * @author LivePerson Functions for Spring contributors
 */
@AutoConfiguration(after = FunctionsAutoConfiguration.class,
		afterName = "org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration")
@ConditionalOnClass(FunctionsClientFactory.class)
@ConditionalOnBean({ ReactiveFunctionsTemplate.class, FunctionsClientFactoryBean.class })
public final class FunctionsClientsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	FunctionsClientFactory functionsClientFactory(ReactiveFunctionsTemplate reactiveFunctionsTemplate,
			ObjectProvider<FunctionsTemplate> functionsTemplate, Environment environment,
			ObjectProvider<ArgumentsValidator> argumentsValidator) {
		FunctionsClientFactory.Builder builder = FunctionsClientFactory.builder(reactiveFunctionsTemplate)
			.valueResolver(environment::resolveRequiredPlaceholders);
		functionsTemplate.ifUnique(builder::blockingTemplate);
		argumentsValidator.ifUnique(builder::argumentsValidator);
		return builder.build();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(name = "jakarta.validation.Validator")
	static class BeanValidationConfiguration {

		@Bean
		@ConditionalOnMissingBean(ArgumentsValidator.class)
		@ConditionalOnBean(jakarta.validation.Validator.class)
		BeanValidationArgumentsValidator functionsClientArgumentsValidator(jakarta.validation.Validator validator) {
			return new BeanValidationArgumentsValidator(validator);
		}

	}

}
