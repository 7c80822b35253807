package io.github.lpfunctions.client.autoconfigure.user;

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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.server.SecurityWebFilterChain;

import io.github.lpfunctions.client.FunctionsTemplate;
import io.github.lpfunctions.client.autoconfigure.FunctionsAutoConfiguration;
import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests of what {@code liveperson.functions.user-authorization.*} contributes: nothing at
 * all without it, and with it the LivePerson registration beside the application's own,
 * with Sentinel's endpoints from the explicit endpoint, the region or discovery (on first
 * use).
 */
class FunctionsUserAuthorizationAutoConfigurationTests {

	private static final List<Class<?>> SECURITY_TYPES = List.of(ClientRegistrationRepository.class,
			ReactiveClientRegistrationRepository.class, OAuth2AuthorizedClientService.class,
			ReactiveOAuth2AuthorizedClientService.class, OAuth2AuthorizedClientManager.class,
			ReactiveOAuth2AuthorizedClientManager.class, SecurityFilterChain.class, SecurityWebFilterChain.class,
			FunctionsUserCredentials.class, ReactiveFunctionsUserCredentials.class);

	private static final AutoConfigurations STARTER = AutoConfigurations.of(FunctionsAutoConfiguration.class,
			FunctionsUserAuthorizationAutoConfiguration.class, FunctionsUserLoginAutoConfiguration.class);

	private static final String[] FUNCTIONS = { "liveperson.functions.account-id=12345678",
			"liveperson.functions.client-id=functions-client", "liveperson.functions.client-secret=s3cr3t-Value-42" };

	private static final String[] FIXED_SENTINEL = { "liveperson.functions.discovery.enabled=false",
			"liveperson.functions.endpoints.gateway=https://va.faasgw.liveperson.net",
			"liveperson.functions.endpoints.sentinel=https://sentinel.example.com" };

	private static final String ENABLED = "liveperson.functions.user-authorization.enabled=true";

	private static final String[] USER_REGISTRATION = {
			"spring.security.oauth2.client.registration.github.client-id=user-github-client",
			"spring.security.oauth2.client.registration.github.client-secret=user-github-secret" };

	private final WebApplicationContextRunner servlet = new WebApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
						OAuth2ClientAutoConfiguration.class, OAuth2ClientWebSecurityAutoConfiguration.class))
		.withPropertyValues(FUNCTIONS);

	private final ReactiveWebApplicationContextRunner reactive = new ReactiveWebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ReactiveWebSecurityAutoConfiguration.class,
				ReactiveOAuth2ClientAutoConfiguration.class, ReactiveOAuth2ClientWebSecurityAutoConfiguration.class))
		.withPropertyValues(FUNCTIONS);

	@Test
	void withoutThePropertyAServletApplicationGetsNoRegistrationAndNoSecurityFilter() {
		this.servlet.run((without) -> this.servlet.withConfiguration(STARTER)
			.run((with) -> assertSameSecurityBeans(without, with)));
		this.servlet.withPropertyValues(USER_REGISTRATION)
			.run((without) -> this.servlet.withPropertyValues(USER_REGISTRATION)
				.withConfiguration(STARTER)
				.run((with) -> assertSameSecurityBeans(without, with)));
	}

	@Test
	void withoutThePropertyAReactiveApplicationGetsNoRegistrationAndNoSecurityFilter() {
		this.reactive.run((without) -> this.reactive.withConfiguration(STARTER)
			.run((with) -> assertSameSecurityBeans(without, with)));
	}

	@Test
	void withoutThePropertyAPlainApplicationGetsNoSecurityBeanAtAll() {
		new ApplicationContextRunner().withConfiguration(STARTER).withPropertyValues(FUNCTIONS).run((context) -> {
			assertThat(context).hasSingleBean(FunctionsTemplate.class);
			SECURITY_TYPES
				.forEach((type) -> assertThat(context.getBeanNamesForType(type)).as(type.getSimpleName()).isEmpty());
		});
	}

	@Test
	void contributesSentinelsAuthorizationCodeRegistration() {
		this.servlet.withConfiguration(STARTER)
			.withPropertyValues(ENABLED)
			.withPropertyValues(FIXED_SENTINEL)
			.run((context) -> {
				assertThat(context).hasSingleBean(FunctionsUserCredentials.class)
					.hasSingleBean(SecurityFilterChain.class);
				ClientRegistration registration = context.getBean(ClientRegistrationRepository.class)
					.findByRegistrationId("liveperson");
				String account = "https://sentinel.example.com/sentinel/api/account/12345678";
				assertThat(registration.getAuthorizationGrantType())
					.isEqualTo(AuthorizationGrantType.AUTHORIZATION_CODE);
				assertThat(registration.getClientAuthenticationMethod())
					.isEqualTo(ClientAuthenticationMethod.CLIENT_SECRET_POST);
				assertThat(registration.getClientId()).isEqualTo("functions-client");
				assertThat(registration.getClientSecret()).isEqualTo("s3cr3t-Value-42");
				assertThat(registration.getRedirectUri()).isEqualTo("{baseUrl}/login/oauth2/code/{registrationId}");
				assertThat(registration.getScopes()).isNullOrEmpty();
				assertThat(registration.getProviderDetails().getAuthorizationUri())
					.isEqualTo(account + "/authorize?v=1.0");
				assertThat(registration.getProviderDetails().getTokenUri()).isEqualTo(account + "/token?v=2.0");
				assertThat(registration.getProviderDetails().getConfigurationMetadata())
					.containsEntry("revocation_endpoint", account + "/token/revoke?v=1.0");
			});
	}

	@Test
	void registrationPropertiesOverrideTheClientsOwn() {
		this.servlet.withConfiguration(STARTER)
			.withPropertyValues(ENABLED, "liveperson.functions.region=emea",
					"liveperson.functions.discovery.enabled=false",
					"liveperson.functions.user-authorization.registration-id=lp",
					"liveperson.functions.user-authorization.client-id=sign-in-app",
					"liveperson.functions.user-authorization.client-secret=sign-in-secret-1",
					"liveperson.functions.user-authorization.redirect-uri=https://app.example.com/callback",
					"liveperson.functions.user-authorization.scope=openid,profile")
			.run((context) -> {
				ClientRegistrationRepository repository = context.getBean(ClientRegistrationRepository.class);
				assertThat(repository.findByRegistrationId("liveperson")).isNull();
				ClientRegistration registration = repository.findByRegistrationId("lp");
				assertThat(registration.getClientId()).isEqualTo("sign-in-app");
				assertThat(registration.getClientSecret()).isEqualTo("sign-in-secret-1");
				assertThat(registration.getRedirectUri()).isEqualTo("https://app.example.com/callback");
				assertThat(registration.getScopes()).containsExactly("openid", "profile");
				assertThat(registration.getProviderDetails().getTokenUri())
					.isEqualTo("https://lo.sentinel.liveperson.net/sentinel/api/account/12345678/token?v=2.0");
			});
	}

	@Test
	void keepsTheServletApplicationsOwnRegistrations() {
		this.servlet.withConfiguration(STARTER)
			.withPropertyValues(ENABLED)
			.withPropertyValues(FIXED_SENTINEL)
			.withPropertyValues(USER_REGISTRATION)
			.run((context) -> {
				ClientRegistrationRepository repository = context.getBean(ClientRegistrationRepository.class);
				assertThat(repository.findByRegistrationId("github").getClientId()).isEqualTo("user-github-client");
				assertThat(repository.findByRegistrationId("liveperson").getClientId()).isEqualTo("functions-client");
				assertThat(repository).isInstanceOf(Iterable.class);
				assertThat((Iterable<?>) repository).extracting("registrationId")
					.containsExactly("github", "liveperson");
			});
	}

	@Test
	void keepsTheReactiveApplicationsOwnRegistrations() {
		this.reactive.withConfiguration(STARTER)
			.withPropertyValues(ENABLED)
			.withPropertyValues(FIXED_SENTINEL)
			.withPropertyValues(USER_REGISTRATION)
			.run((context) -> {
				assertThat(context).hasSingleBean(ReactiveFunctionsUserCredentials.class);
				ReactiveClientRegistrationRepository repository = context
					.getBean(ReactiveClientRegistrationRepository.class);
				assertThat(repository.findByRegistrationId("github").block().getClientId())
					.isEqualTo("user-github-client");
				assertThat(repository.findByRegistrationId("liveperson").block().getProviderDetails().getTokenUri())
					.isEqualTo("https://sentinel.example.com/sentinel/api/account/12345678/token?v=2.0");
				assertThat(repository.findByRegistrationId("other").blockOptional()).isEmpty();
			});
	}

	@Test
	void discoversSentinelOnFirstUseNotAtStartUp() {
		try (FunctionsEmulator emulator = FunctionsEmulator.builder().accountId("12345678").start()) {
			new WebApplicationContextRunner().withConfiguration(STARTER)
				.withPropertyValues(FUNCTIONS)
				.withPropertyValues(ENABLED, "liveperson.functions.discovery.uri=" + emulator.baseUrl(),
						"liveperson.functions.discovery.scheme=http")
				.run((context) -> {
					ClientRegistrationRepository repository = context.getBean(ClientRegistrationRepository.class);
					assertThat(emulator.requests().to(Endpoint.DISCOVERY)).isEmpty();
					assertThat(repository.findByRegistrationId("liveperson").getProviderDetails().getAuthorizationUri())
						.isEqualTo(emulator.baseUrl() + "/sentinel/api/account/12345678/authorize?v=1.0");
					assertThat(emulator.requests().to(Endpoint.DISCOVERY)).hasSize(1);
				});
		}
	}

	@Test
	void leavesAnApplicationsOwnTokenResponseClientAlone() {
		this.servlet.withConfiguration(STARTER)
			.withPropertyValues(ENABLED)
			.withPropertyValues(FIXED_SENTINEL)
			.withUserConfiguration(OwnTokenResponseClient.class)
			.run((context) -> assertThat(context.getBeansOfType(OAuth2AccessTokenResponseClient.class))
				.containsOnlyKeys("ownTokenResponseClient", "livepersonRefreshTokenResponseClient"));
	}

	@Test
	void aBlankRedirectUriStopsTheApplicationNamingTheProperty() {
		this.servlet.withConfiguration(STARTER)
			.withPropertyValues(ENABLED, "liveperson.functions.user-authorization.redirect-uri= ")
			.withPropertyValues(FIXED_SENTINEL)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("liveperson.functions.user-authorization.redirect-uri"));
	}

	@Test
	void theSettingsNeverShowTheSecret() {
		assertThatIllegalStateException().isThrownBy(() -> {
			throw new IllegalStateException(new LivePersonClientRegistrations.Settings("liveperson", "1", "id",
					"s3cr3t-Value-42", "uri", java.util.Set.of(), "LivePerson")
				.toString());
		}).withMessageNotContaining("s3cr3t-Value-42").withMessageContaining("clientSecret=****");
	}

	// the application's own security beans (Spring Boot's default chain, say) and nothing
	// more
	private static void assertSameSecurityBeans(ApplicationContext without, ApplicationContext with) {
		assertThat(with.getBeanNamesForType(FunctionsTemplate.class)).hasSize(1);
		SECURITY_TYPES.forEach((type) -> assertThat(with.getBeanNamesForType(type)).as(type.getSimpleName())
			.containsExactlyInAnyOrder(without.getBeanNamesForType(type)));
		assertThat(with.getBeanNamesForType(FunctionsUserCredentials.class)).isEmpty();
		assertThat(with.getBeanNamesForType(ReactiveFunctionsUserCredentials.class)).isEmpty();
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnTokenResponseClient {

		@Bean
		OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> ownTokenResponseClient() {
			return new RestClientAuthorizationCodeTokenResponseClient();
		}

	}

}
