package io.github.lpfunctions.client.autoconfigure;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.lpfunctions.client.FunctionsOperations;
import io.github.lpfunctions.client.FunctionsTemplate;
import io.github.lpfunctions.client.ReactiveFunctionsOperations;
import io.github.lpfunctions.client.ReactiveFunctionsTemplate;
import io.github.lpfunctions.client.auth.BearerTokenAuthentication;
import io.github.lpfunctions.client.auth.ClientAuthentication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link FunctionsAutoConfiguration}.
 */
class FunctionsAutoConfigurationTests {

	private static final String[] MINIMAL = { "liveperson.functions.account-id=12345678",
			"liveperson.functions.client-id=functions-client", "liveperson.functions.client-secret=s3cr3t" };

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(FunctionsAutoConfiguration.class));

	@Test
	void templatesAreConfiguredFromTheMinimalProperties() {
		this.contextRunner.withPropertyValues(MINIMAL).run((context) -> {
			assertThat(context).hasSingleBean(ReactiveFunctionsTemplate.class)
				.hasSingleBean(FunctionsTemplate.class)
				.hasSingleBean(ReactiveFunctionsOperations.class)
				.hasSingleBean(FunctionsOperations.class)
				.hasSingleBean(FunctionsConnectionDetails.class);
			ReactiveFunctionsTemplate reactive = context.getBean(ReactiveFunctionsTemplate.class);
			assertThat(reactive.getAccountId()).isEqualTo("12345678");
			assertThat(reactive.getTimeout()).isEqualTo(Duration.ofSeconds(35));
			assertThat(context.getBean(FunctionsTemplate.class).getReactiveTemplate()).isSameAs(reactive);
		});
	}

	@Test
	void timeoutComesFromTheProperties() {
		this.contextRunner.withPropertyValues(MINIMAL)
			.withPropertyValues("liveperson.functions.timeout=12s")
			.run((context) -> assertThat(context.getBean(ReactiveFunctionsTemplate.class).getTimeout())
				.isEqualTo(Duration.ofSeconds(12)));
	}

	@Test
	void customizersAreAppliedInOrderAfterTheProperties() {
		this.contextRunner.withPropertyValues(MINIMAL)
			.withPropertyValues("liveperson.functions.timeout=12s")
			.withUserConfiguration(CustomizerConfiguration.class)
			.run((context) -> assertThat(context.getBean(ReactiveFunctionsTemplate.class).getTimeout())
				.isEqualTo(Duration.ofSeconds(7)));
	}

	@Test
	void backsOffWhenTheUserDefinesReactiveFunctionsOperations() {
		this.contextRunner.withUserConfiguration(UserReactiveTemplateConfiguration.class).run((context) -> {
			// No properties at all: nothing of ours was even attempted.
			assertThat(context).hasNotFailed().hasSingleBean(ReactiveFunctionsOperations.class);
			assertThat(context.getBean(ReactiveFunctionsTemplate.class).getAccountId()).isEqualTo("999");
			assertThat(context.getBean(FunctionsTemplate.class).getReactiveTemplate())
				.isSameAs(context.getBean("userReactiveTemplate"));
		});
	}

	@Test
	void blockingTemplateBacksOffWhenTheUserDefinesFunctionsOperations() {
		this.contextRunner.withPropertyValues(MINIMAL)
			.withUserConfiguration(UserBlockingTemplateConfiguration.class)
			.run((context) -> {
				assertThat(context).hasSingleBean(FunctionsOperations.class).hasBean("userBlockingTemplate");
				assertThat(context.getBean(FunctionsTemplate.class).getReactiveTemplate().getAccountId())
					.isEqualTo("999");
				assertThat(context.getBean(ReactiveFunctionsTemplate.class).getAccountId()).isEqualTo("12345678");
			});
	}

	@Test
	void backsOffWhenDisabled() {
		this.contextRunner.withPropertyValues("liveperson.functions.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed()
				.doesNotHaveBean(ReactiveFunctionsOperations.class)
				.doesNotHaveBean(FunctionsOperations.class)
				.doesNotHaveBean(FunctionsProperties.class);
		});
	}

	@Test
	void backsOffWithoutWebClient() {
		this.contextRunner.withPropertyValues(MINIMAL)
			.withClassLoader(new FilteredClassLoader(WebClient.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(ReactiveFunctionsOperations.class)
				.doesNotHaveBean(FunctionsOperations.class));
	}

	@Test
	void backsOffWithoutSpringSecurityOAuth2Client() {
		this.contextRunner.withPropertyValues(MINIMAL)
			.withClassLoader(new FilteredClassLoader(ClientRegistration.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(ReactiveFunctionsOperations.class)
				.doesNotHaveBean(FunctionsOperations.class));
	}

	@Test
	void userConnectionDetailsReplaceTheProperties() {
		this.contextRunner.withUserConfiguration(ConnectionDetailsConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(FunctionsConnectionDetails.class)
				.doesNotHaveBean(PropertiesFunctionsConnectionDetails.class);
			assertThat(context.getBean(ReactiveFunctionsTemplate.class).getAccountId()).isEqualTo("kit-account");
		});
	}

	@Test
	void clientAuthenticationBeanReplacesTheClientCredentials() {
		this.contextRunner.withPropertyValues("liveperson.functions.account-id=12345678")
			.withBean(ClientAuthentication.class, () -> new BearerTokenAuthentication(() -> "user-token"))
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(FunctionsTemplate.class));
	}

	@Test
	void worksInAServletApplication() {
		new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(FunctionsAutoConfiguration.class))
			.withPropertyValues(MINIMAL)
			.run((context) -> assertThat(context).hasSingleBean(FunctionsTemplate.class)
				.hasSingleBean(ReactiveFunctionsTemplate.class));
	}

	@Test
	void worksInAReactiveApplication() {
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(FunctionsAutoConfiguration.class))
			.withPropertyValues(MINIMAL)
			.run((context) -> assertThat(context).hasSingleBean(FunctionsTemplate.class)
				.hasSingleBean(ReactiveFunctionsTemplate.class));
	}

	@Test
	void eventSourceDefaultsToTheApplicationName() {
		this.contextRunner.withPropertyValues(MINIMAL)
			.withPropertyValues("spring.application.name=orders")
			.run((context) -> assertThat(FunctionsAutoConfiguration
				.eventSource(context.getBean(FunctionsProperties.class), context.getEnvironment()))
				.isEqualTo("orders"));
		this.contextRunner.withPropertyValues(MINIMAL)
			.run((context) -> assertThat(FunctionsAutoConfiguration
				.eventSource(context.getBean(FunctionsProperties.class), context.getEnvironment()))
				.isEqualTo("spring-application"));
		this.contextRunner.withPropertyValues(MINIMAL)
			.withPropertyValues("spring.application.name=orders", "liveperson.functions.event-source=billing")
			.run((context) -> assertThat(FunctionsAutoConfiguration
				.eventSource(context.getBean(FunctionsProperties.class), context.getEnvironment()))
				.isEqualTo("billing"));
	}

	@Configuration(proxyBeanMethods = false)
	static class CustomizerConfiguration {

		@Bean
		@Order(2)
		FunctionsTemplateBuilderCustomizer laterCustomizer() {
			return (builder) -> builder.timeout(Duration.ofSeconds(7));
		}

		@Bean
		@Order(1)
		FunctionsTemplateBuilderCustomizer earlierCustomizer() {
			return (builder) -> builder.timeout(Duration.ofSeconds(3));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserReactiveTemplateConfiguration {

		@Bean
		ReactiveFunctionsTemplate userReactiveTemplate() {
			return userTemplate();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserBlockingTemplateConfiguration {

		@Bean
		FunctionsTemplate userBlockingTemplate() {
			return new FunctionsTemplate(userTemplate());
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ConnectionDetailsConfiguration {

		@Bean
		FunctionsConnectionDetails kitConnectionDetails() {
			return new FunctionsConnectionDetails() {

				@Override
				public String getAccountId() {
					return "kit-account";
				}

				@Override
				public String getClientId() {
					return "kit-client";
				}

				@Override
				public String getClientSecret() {
					return "kit-secret";
				}

			};
		}

	}

	static ReactiveFunctionsTemplate userTemplate() {
		return ReactiveFunctionsTemplate.builder()
			.accountId("999")
			.clientCredentials("user-client", "user-secret")
			.discoveryEnabled(false)
			.region(io.github.lpfunctions.client.discovery.Region.US)
			.build();
	}

}
