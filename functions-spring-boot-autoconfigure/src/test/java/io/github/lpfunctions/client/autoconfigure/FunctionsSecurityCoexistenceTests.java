package io.github.lpfunctions.client.autoconfigure;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.reactive.ReactiveOAuth2ClientAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.reactive.ReactiveOAuth2ClientWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.server.SecurityWebFilterChain;

import io.github.lpfunctions.client.FunctionsTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the auto-configuration keeps its OAuth 2.0 objects private: it exposes no
 * Spring Security bean, so the application's own OAuth 2.0 client registrations and
 * security filter chains stay exactly as they would be without it.
 */
class FunctionsSecurityCoexistenceTests {

	private static final List<Class<?>> SECURITY_TYPES = List.of(ClientRegistrationRepository.class,
			ReactiveClientRegistrationRepository.class, OAuth2AuthorizedClientService.class,
			ReactiveOAuth2AuthorizedClientService.class, OAuth2AuthorizedClientManager.class,
			ReactiveOAuth2AuthorizedClientManager.class, SecurityFilterChain.class, SecurityWebFilterChain.class);

	private static final String[] FUNCTIONS = { "liveperson.functions.account-id=12345678",
			"liveperson.functions.client-id=functions-client", "liveperson.functions.client-secret=s3cr3t" };

	private static final String[] USER_REGISTRATION = {
			"spring.security.oauth2.client.registration.github.client-id=user-github-client",
			"spring.security.oauth2.client.registration.github.client-secret=user-github-secret" };

	@Test
	void exposesNoSecurityBeanInAPlainApplication() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(FunctionsAutoConfiguration.class))
			.withPropertyValues(FUNCTIONS)
			.run(FunctionsSecurityCoexistenceTests::assertNoSecurityBeans);
	}

	@Test
	void exposesNoSecurityBeanInAServletApplication() {
		new WebApplicationContextRunner().withConfiguration(AutoConfigurations.of(FunctionsAutoConfiguration.class))
			.withPropertyValues(FUNCTIONS)
			.run(FunctionsSecurityCoexistenceTests::assertNoSecurityBeans);
	}

	@Test
	void exposesNoSecurityBeanInAReactiveApplication() {
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(FunctionsAutoConfiguration.class))
			.withPropertyValues(FUNCTIONS)
			.run(FunctionsSecurityCoexistenceTests::assertNoSecurityBeans);
	}

	@Test
	void leavesTheServletApplicationsOAuth2ClientAndFilterChainsAlone() {
		WebApplicationContextRunner runner = new WebApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
							OAuth2ClientAutoConfiguration.class, OAuth2ClientWebSecurityAutoConfiguration.class))
			.withPropertyValues(USER_REGISTRATION)
			.withPropertyValues(FUNCTIONS);
		runner.run((without) -> runner.withConfiguration(AutoConfigurations.of(FunctionsAutoConfiguration.class))
			.run((with) -> {
				assertThat(with).hasSingleBean(FunctionsTemplate.class);
				assertThat(
						with.getBean(ClientRegistrationRepository.class).findByRegistrationId("github").getClientId())
					.isEqualTo("user-github-client");
				assertThat(
						with.getBean(ClientRegistrationRepository.class).findByRegistrationId("liveperson-functions"))
					.isNull();
				assertThat(with.getBeanNamesForType(SecurityFilterChain.class)).isNotEmpty()
					.containsExactlyInAnyOrder(without.getBeanNamesForType(SecurityFilterChain.class));
				assertSameSecurityBeans(without, with);
			}));
	}

	@Test
	void leavesTheReactiveApplicationsOAuth2ClientAndFilterChainsAlone() {
		ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ReactiveWebSecurityAutoConfiguration.class,
					ReactiveOAuth2ClientAutoConfiguration.class,
					ReactiveOAuth2ClientWebSecurityAutoConfiguration.class))
			.withPropertyValues(USER_REGISTRATION)
			.withPropertyValues(FUNCTIONS);
		runner.run((without) -> runner.withConfiguration(AutoConfigurations.of(FunctionsAutoConfiguration.class))
			.run((with) -> {
				assertThat(with).hasSingleBean(FunctionsTemplate.class);
				assertThat(with.getBean(ReactiveClientRegistrationRepository.class)
					.findByRegistrationId("github")
					.block()
					.getClientId()).isEqualTo("user-github-client");
				assertThat(with.getBean(ReactiveClientRegistrationRepository.class)
					.findByRegistrationId("liveperson-functions")
					.blockOptional()).isEmpty();
				assertSameSecurityBeans(without, with);
			}));
	}

	private static void assertNoSecurityBeans(ApplicationContext context) {
		assertThat(context.getBeanNamesForType(FunctionsTemplate.class)).hasSize(1);
		SECURITY_TYPES
			.forEach((type) -> assertThat(context.getBeanNamesForType(type)).as(type.getSimpleName()).isEmpty());
	}

	private static void assertSameSecurityBeans(ApplicationContext without, ApplicationContext with) {
		SECURITY_TYPES.forEach((type) -> assertThat(with.getBeanNamesForType(type)).as(type.getSimpleName())
			.containsExactlyInAnyOrder(without.getBeanNamesForType(type)));
	}

}
