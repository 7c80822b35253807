package io.github.lpfunctions.client.autoconfigure.user;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.AuthorizationCodeOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.AuthorizationCodeReactiveOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.DelegatingOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.DelegatingReactiveOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.InMemoryReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.RefreshTokenOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.RefreshTokenReactiveOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.OAuth2RefreshTokenGrantRequest;
import org.springframework.security.oauth2.client.endpoint.ReactiveOAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.web.AuthenticatedPrincipalOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.AuthenticatedPrincipalServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.util.StringUtils;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.lpfunctions.client.autoconfigure.FunctionsAutoConfiguration;
import io.github.lpfunctions.client.autoconfigure.FunctionsConnectionDetails;
import io.github.lpfunctions.client.autoconfigure.FunctionsProperties;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} of signing LivePerson users in with Sentinel's authorization-code
 * flow, on with {@code liveperson.functions.user-authorization.enabled=true}: the
 * LivePerson client registration for {@code oauth2Login()} and {@code oauth2Client()},
 * beside the application's own registrations (which stay as they are), and
 * {@link FunctionsUserCredentials} (servlet) or {@link ReactiveFunctionsUserCredentials}
 * (WebFlux) for calls made as the signed-in user. Without the property nothing of this
 * exists: no registration, no security filter.
 * <p>
 * The LivePerson token answers are read leniently ({@code token_type} or
 * {@code expires_in} may be missing) and the user is taken from the tokens, as Sentinel
 * has no user-info endpoint; every other registration is served by Spring Security's
 * defaults.
 *
 * @author LivePerson Functions for Spring contributors
 */
@AutoConfiguration(after = FunctionsAutoConfiguration.class, afterName = {
		"org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration",
		"org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration",
		"org.springframework.boot.security.oauth2.client.autoconfigure.reactive.ReactiveOAuth2ClientAutoConfiguration" },
		beforeName = {
				"org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration",
				"org.springframework.boot.security.oauth2.client.autoconfigure.reactive.ReactiveOAuth2ClientWebSecurityAutoConfiguration",
				"org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
				"org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration" })
@ConditionalOnClass({ ClientRegistration.class, WebClient.class })
@ConditionalOnBooleanProperty(FunctionsUserAuthorizationProperties.PREFIX + ".enabled")
@ConditionalOnBean(FunctionsConnectionDetails.class)
@EnableConfigurationProperties(FunctionsUserAuthorizationProperties.class)
public final class FunctionsUserAuthorizationAutoConfiguration {

	@Bean
	LivePersonClientRegistrations livepersonClientRegistrations(FunctionsUserAuthorizationProperties user,
			FunctionsProperties properties, FunctionsConnectionDetails details,
			ObjectProvider<WebClient.Builder> webClientBuilder) {
		WebClient webClient = webClientBuilder.getIfUnique(WebClient::builder).clone().build();
		LivePersonClientRegistrations.Settings settings = new LivePersonClientRegistrations.Settings(
				required(user.getRegistrationId(), "registration-id"), LivePersonEndpoints.accountId(details),
				required(firstText(user.getClientId(), details.getClientId()), "client-id"),
				required(firstText(user.getClientSecret(), details.getClientSecret()), "client-secret"),
				required(user.getRedirectUri(), "redirect-uri"), user.getScope(),
				required(user.getClientName(), "client-name"));
		return new LivePersonClientRegistrations(settings, LivePersonEndpoints.resolver(properties, details, webClient),
				properties.getTimeout());
	}

	private static String firstText(String... values) {
		for (String value : values) {
			if (StringUtils.hasText(value)) {
				return value.trim();
			}
		}
		return "";
	}

	private static String required(String value, String property) {
		if (!StringUtils.hasText(value)) {
			throw new IllegalStateException("'" + FunctionsUserAuthorizationProperties.PREFIX + "." + property
					+ "' must be set" + (property.startsWith("client-")
							? " (or '" + FunctionsProperties.PREFIX + "." + property + "')" : ""));
		}
		return value.trim();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = Type.SERVLET)
	static class ServletConfiguration {

		@Bean
		@ConditionalOnMissingBean(ClientRegistrationRepository.class)
		LivePersonClientRegistrationRepository livepersonClientRegistrationRepository(
				LivePersonClientRegistrations registrations) {
			return new LivePersonClientRegistrationRepository(registrations, null);
		}

		// adds the LivePerson registration to the application's own repository
		@Bean
		static BeanPostProcessor livepersonClientRegistrationRepositoryPostProcessor(
				ObjectProvider<LivePersonClientRegistrations> registrations) {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (bean instanceof ClientRegistrationRepository repository
							&& !(bean instanceof LivePersonClientRegistrationRepository)) {
						return new LivePersonClientRegistrationRepository(registrations.getObject(), repository);
					}
					return bean;
				}
			};
		}

		@Bean
		@ConditionalOnMissingBean
		OAuth2AuthorizedClientService authorizedClientService(ClientRegistrationRepository registrations) {
			return new InMemoryOAuth2AuthorizedClientService(registrations);
		}

		@Bean
		@ConditionalOnMissingBean
		OAuth2AuthorizedClientRepository authorizedClientRepository(OAuth2AuthorizedClientService service) {
			return new AuthenticatedPrincipalOAuth2AuthorizedClientRepository(service);
		}

		@Bean
		@ConditionalOnMissingBean
		OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> livepersonAuthorizationCodeTokenResponseClient(
				LivePersonClientRegistrations registrations) {
			return LivePersonTokenResponseClient.authorizationCode(registrations.registrationId(), Clock.systemUTC());
		}

		@Bean
		@ConditionalOnMissingBean
		OAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> livepersonRefreshTokenResponseClient(
				LivePersonClientRegistrations registrations) {
			return LivePersonTokenResponseClient.refreshToken(registrations.registrationId(), Clock.systemUTC());
		}

		@Bean
		@ConditionalOnMissingBean
		OAuth2UserService<OAuth2UserRequest, OAuth2User> livepersonOAuth2UserService(
				LivePersonClientRegistrations registrations) {
			return new LivePersonOAuth2UserService(registrations.registrationId());
		}

		@Bean
		@ConditionalOnMissingBean
		FunctionsUserCredentials functionsUserCredentials(LivePersonClientRegistrations registrations,
				ObjectProvider<OAuth2AuthorizedClientManager> manager,
				ObjectProvider<ClientRegistrationRepository> clientRegistrations,
				ObjectProvider<OAuth2AuthorizedClientRepository> authorizedClients,
				ObjectProvider<OAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest>> refresh) {
			return new FunctionsUserCredentials(registrations.registrationId(), () -> manager.getIfUnique(() -> {
				// no @EnableWebSecurity, which registers Spring Security's manager
				RefreshTokenOAuth2AuthorizedClientProvider refreshToken = new RefreshTokenOAuth2AuthorizedClientProvider();
				refresh.ifUnique(refreshToken::setAccessTokenResponseClient);
				DefaultOAuth2AuthorizedClientManager fallback = new DefaultOAuth2AuthorizedClientManager(
						clientRegistrations.getObject(), authorizedClients.getObject());
				fallback.setAuthorizedClientProvider(new DelegatingOAuth2AuthorizedClientProvider(
						new AuthorizationCodeOAuth2AuthorizedClientProvider(), refreshToken));
				return fallback;
			}));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = Type.REACTIVE)
	static class ReactiveConfiguration {

		@Bean
		@ConditionalOnMissingBean(ReactiveClientRegistrationRepository.class)
		LivePersonReactiveClientRegistrationRepository livepersonReactiveClientRegistrationRepository(
				LivePersonClientRegistrations registrations) {
			return new LivePersonReactiveClientRegistrationRepository(registrations, null);
		}

		// adds the LivePerson registration to the application's own repository
		@Bean
		static BeanPostProcessor livepersonReactiveClientRegistrationRepositoryPostProcessor(
				ObjectProvider<LivePersonClientRegistrations> registrations) {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (bean instanceof ReactiveClientRegistrationRepository repository
							&& !(bean instanceof LivePersonReactiveClientRegistrationRepository)) {
						return new LivePersonReactiveClientRegistrationRepository(registrations.getObject(),
								repository);
					}
					return bean;
				}
			};
		}

		@Bean
		@ConditionalOnMissingBean
		ReactiveOAuth2AuthorizedClientService reactiveAuthorizedClientService(
				ReactiveClientRegistrationRepository registrations) {
			return new InMemoryReactiveOAuth2AuthorizedClientService(registrations);
		}

		@Bean
		@ConditionalOnMissingBean
		ServerOAuth2AuthorizedClientRepository serverAuthorizedClientRepository(
				ReactiveOAuth2AuthorizedClientService service) {
			return new AuthenticatedPrincipalServerOAuth2AuthorizedClientRepository(service);
		}

		@Bean
		@ConditionalOnMissingBean
		ReactiveOAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> livepersonReactiveAuthorizationCodeTokenResponseClient(
				LivePersonClientRegistrations registrations) {
			return LivePersonReactiveTokenResponseClient.authorizationCode(registrations.registrationId(),
					Clock.systemUTC());
		}

		@Bean
		@ConditionalOnMissingBean
		ReactiveOAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> livepersonReactiveRefreshTokenResponseClient(
				LivePersonClientRegistrations registrations) {
			return LivePersonReactiveTokenResponseClient.refreshToken(registrations.registrationId(),
					Clock.systemUTC());
		}

		@Bean
		@ConditionalOnMissingBean
		ReactiveOAuth2UserService<OAuth2UserRequest, OAuth2User> livepersonReactiveOAuth2UserService(
				LivePersonClientRegistrations registrations) {
			return new LivePersonReactiveOAuth2UserService(registrations.registrationId());
		}

		@Bean
		@ConditionalOnMissingBean
		ReactiveFunctionsUserCredentials reactiveFunctionsUserCredentials(LivePersonClientRegistrations registrations,
				ObjectProvider<ReactiveOAuth2AuthorizedClientManager> manager,
				ObjectProvider<ReactiveClientRegistrationRepository> clientRegistrations,
				ObjectProvider<ServerOAuth2AuthorizedClientRepository> authorizedClients,
				ObjectProvider<ReactiveOAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest>> refresh) {
			return new ReactiveFunctionsUserCredentials(registrations.registrationId(),
					() -> manager.getIfUnique(() -> {
						// no @EnableWebFluxSecurity, which registers Spring Security's
						// manager
						RefreshTokenReactiveOAuth2AuthorizedClientProvider refreshToken = new RefreshTokenReactiveOAuth2AuthorizedClientProvider();
						refresh.ifUnique(refreshToken::setAccessTokenResponseClient);
						DefaultReactiveOAuth2AuthorizedClientManager fallback = new DefaultReactiveOAuth2AuthorizedClientManager(
								clientRegistrations.getObject(), authorizedClients.getObject());
						fallback.setAuthorizedClientProvider(new DelegatingReactiveOAuth2AuthorizedClientProvider(
								new AuthorizationCodeReactiveOAuth2AuthorizedClientProvider(), refreshToken));
						return fallback;
					}));
		}

	}

}
