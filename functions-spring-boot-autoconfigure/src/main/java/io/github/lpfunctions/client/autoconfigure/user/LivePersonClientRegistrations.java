package io.github.lpfunctions.client.autoconfigure.user;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

import io.github.lpfunctions.client.discovery.EndpointResolver;
import io.github.lpfunctions.client.discovery.ServiceEndpoints;

/**
 * The LivePerson client registration of Sentinel's authorization-code flow, built when it
 * is first asked for: the authorization server's host comes from the endpoint resolver
 * (discovery, the region, or {@code endpoints.sentinel}), and discovery happens on the
 * first sign-in, not at start-up. A later discovery that moves Sentinel moves the
 * registration with it.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class LivePersonClientRegistrations {

	private static final Logger logger = LoggerFactory.getLogger(LivePersonClientRegistrations.class);

	/**
	 * Name of the revocation endpoint in the provider's configuration metadata, as in RFC
	 * 8414.
	 */
	static final String REVOCATION_ENDPOINT = "revocation_endpoint";

	private final Settings settings;

	private final EndpointResolver endpoints;

	private final Duration timeout;

	private final AtomicReference<ClientRegistration> last = new AtomicReference<>();

	LivePersonClientRegistrations(Settings settings, EndpointResolver endpoints, Duration timeout) {
		this.settings = settings;
		this.endpoints = endpoints;
		this.timeout = timeout;
	}

	/**
	 * Return the id of the registration.
	 * @return the registration id
	 */
	String registrationId() {
		return this.settings.registrationId();
	}

	/**
	 * Return the registration, resolving Sentinel's host.
	 * @return the registration, or an error when the host cannot be known
	 */
	Mono<ClientRegistration> registration() {
		return this.endpoints.resolve().map(ServiceEndpoints::sentinel).map(this::registration);
	}

	/**
	 * Return the registration, waiting for Sentinel's host to be resolved; for the
	 * blocking repository of servlet applications.
	 * @return the registration
	 */
	ClientRegistration blockingRegistration() {
		ClientRegistration registration = registration().block(this.timeout);
		if (registration == null) {
			throw new IllegalStateException("No LivePerson authorization server was resolved");
		}
		return registration;
	}

	/**
	 * List the application's registrations, then the LivePerson one unless the
	 * application has one of the same id; Spring Security lists them on its login page,
	 * once, while it is configured (never on an event loop). A LivePerson registration
	 * that cannot be resolved yet is left out of the list, with a warning.
	 * @param application the application's own repository, or {@code null}
	 * @return the registrations
	 */
	List<ClientRegistration> listedAfter(@Nullable Object application) {
		List<ClientRegistration> registrations = new ArrayList<>();
		if (application instanceof Iterable<?> iterable) {
			iterable.forEach((registration) -> registrations.add((ClientRegistration) registration));
		}
		if (registrations.stream().noneMatch((r) -> r.getRegistrationId().equals(registrationId()))) {
			try {
				registrations.add(blockingRegistration());
			}
			catch (RuntimeException ex) {
				logger.warn("The LivePerson client registration is not listed: {}", ex.getMessage());
			}
		}
		return registrations;
	}

	private ClientRegistration registration(URI sentinel) {
		ClientRegistration cached = this.last.get();
		String base = sentinel + "/sentinel/api/account/" + this.settings.accountId();
		if (cached != null && cached.getProviderDetails().getTokenUri().startsWith(base + "/")) {
			return cached;
		}
		ClientRegistration.Builder builder = ClientRegistration.withRegistrationId(this.settings.registrationId())
			.clientId(this.settings.clientId())
			.clientSecret(this.settings.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri(this.settings.redirectUri())
			.clientName(this.settings.clientName())
			.authorizationUri(base + "/authorize?v=1.0")
			.tokenUri(base + "/token?v=2.0")
			.userNameAttributeName("sub")
			.providerConfigurationMetadata(Map.of(REVOCATION_ENDPOINT, base + "/token/revoke?v=1.0"));
		if (!this.settings.scope().isEmpty()) {
			builder.scope(this.settings.scope());
		}
		ClientRegistration registration = builder.build();
		this.last.set(registration);
		return registration;
	}

	/**
	 * What the registration is made of besides the authorization server's host.
	 * Deliberately shown without the secret.
	 *
	 * @param registrationId the registration id
	 * @param accountId the account whose users sign in
	 * @param clientId the client id of the app installation
	 * @param clientSecret its client secret
	 * @param redirectUri the redirect URI template
	 * @param scope the scopes to request
	 * @param clientName the name shown on the login page
	 */
	record Settings(String registrationId, String accountId, String clientId, String clientSecret, String redirectUri,
			Set<String> scope, String clientName) {

		@Override
		public String toString() {
			return "Settings[registrationId=" + this.registrationId + ", accountId=" + this.accountId + ", clientId="
					+ this.clientId + ", clientSecret=****]";
		}

	}

}
