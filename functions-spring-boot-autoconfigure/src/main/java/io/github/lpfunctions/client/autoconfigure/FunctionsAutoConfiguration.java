package io.github.lpfunctions.client.autoconfigure;

import io.micrometer.observation.ObservationRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.lpfunctions.client.FunctionsOperations;
import io.github.lpfunctions.client.FunctionsTemplate;
import io.github.lpfunctions.client.ReactiveFunctionsOperations;
import io.github.lpfunctions.client.ReactiveFunctionsTemplate;
import io.github.lpfunctions.client.RequestIdGenerator;
import io.github.lpfunctions.client.auth.ClientAuthentication;
import io.github.lpfunctions.client.observation.FunctionsObservationConvention;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} of the LivePerson Functions client: a
 * {@link ReactiveFunctionsTemplate} and a blocking {@link FunctionsTemplate} over it,
 * configured from the {@code liveperson.functions.*} properties.
 * <p>
 * The templates use the application's {@link WebClient.Builder}, {@link JsonMapper} and
 * {@link ObservationRegistry} when there are such beans, a
 * {@link FunctionsObservationConvention} bean, a {@link RequestIdGenerator} bean, a
 * {@link ClientAuthentication} bean instead of the client credentials, and every
 * {@link FunctionsTemplateBuilderCustomizer} bean. Every OAuth 2.0 object stays inside
 * the templates, which leave the application's own clients and security filter chains
 * alone.
 *
 * @author LivePerson Functions for Spring contributors
 */
@AutoConfiguration(afterName = { "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
		"org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration",
		"org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
		"org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration" })
@ConditionalOnClass({ ReactiveFunctionsTemplate.class, WebClient.class, ClientRegistration.class })
@ConditionalOnBooleanProperty(name = FunctionsProperties.PREFIX + ".enabled", matchIfMissing = true)
@EnableConfigurationProperties(FunctionsProperties.class)
@Import(FunctionsSanitizingConfiguration.class)
public final class FunctionsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(FunctionsConnectionDetails.class)
	PropertiesFunctionsConnectionDetails livepersonFunctionsConnectionDetails(FunctionsProperties properties) {
		return new PropertiesFunctionsConnectionDetails(properties);
	}

	@Bean
	@ConditionalOnMissingBean(ReactiveFunctionsOperations.class)
	ReactiveFunctionsTemplate reactiveFunctionsTemplate(FunctionsProperties properties,
			FunctionsConnectionDetails connectionDetails, Environment environment,
			ObjectProvider<WebClient.Builder> webClientBuilder, ObjectProvider<JsonMapper> jsonMapper,
			ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<FunctionsObservationConvention> observationConvention,
			ObjectProvider<ClientAuthentication> clientAuthentication, ObjectProvider<SslBundles> sslBundles,
			ObjectProvider<RequestIdGenerator> requestIdGenerator, ResourceLoader resourceLoader,
			ObjectProvider<FunctionsTemplateBuilderCustomizer> customizers) {
		ReactiveFunctionsTemplate.Builder builder = ReactiveFunctionsTemplate.builder();
		ClientAuthentication authentication = clientAuthentication.getIfUnique();
		new PropertiesFunctionsTemplateBuilderCustomizer(properties, connectionDetails,
				eventSource(properties, environment), authentication == null, sslBundles.getIfAvailable(),
				resourceLoader.getClassLoader())
			.customize(builder);
		if (authentication != null) {
			builder.authentication(authentication);
		}
		// no lambdas: each would be a class to spin while the application starts
		WebClient.Builder applicationWebClientBuilder = webClientBuilder.getIfUnique();
		if (applicationWebClientBuilder != null) {
			builder.webClientBuilder(applicationWebClientBuilder);
		}
		JsonMapper applicationJsonMapper = jsonMapper.getIfUnique();
		if (applicationJsonMapper != null) {
			builder.jsonMapper(applicationJsonMapper);
		}
		ObservationRegistry registry = observationRegistry.getIfUnique();
		builder.observationRegistry((registry != null) ? registry : ObservationRegistry.NOOP);
		builder.observationConvention(observationConvention.getIfUnique());
		RequestIdGenerator generator = requestIdGenerator.getIfUnique();
		if (generator != null) {
			builder.requestIdGenerator(generator);
		}
		for (FunctionsTemplateBuilderCustomizer customizer : customizers.orderedStream().toList()) {
			customizer.customize(builder);
		}
		return builder.build();
	}

	// The reactive template owns the connection pool and is closed on its own (inferred
	// close()); the blocking one only wraps it.
	@Bean(destroyMethod = "")
	@ConditionalOnMissingBean(FunctionsOperations.class)
	@ConditionalOnBean(ReactiveFunctionsTemplate.class)
	FunctionsTemplate functionsTemplate(ReactiveFunctionsTemplate reactiveFunctionsTemplate) {
		return new FunctionsTemplate(reactiveFunctionsTemplate);
	}

	static String eventSource(FunctionsProperties properties, Environment environment) {
		if (StringUtils.hasText(properties.getEventSource())) {
			return properties.getEventSource().trim();
		}
		String applicationName = environment.getProperty("spring.application.name");
		return StringUtils.hasText(applicationName) ? applicationName.trim() : FunctionsProperties.DEFAULT_EVENT_SOURCE;
	}

}
