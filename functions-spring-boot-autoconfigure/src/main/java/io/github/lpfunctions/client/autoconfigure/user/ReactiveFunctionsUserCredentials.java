package io.github.lpfunctions.client.autoconfigure.user;

import java.util.function.Supplier;

import reactor.core.publisher.Mono;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.util.function.SingletonSupplier;

import io.github.lpfunctions.client.InvocationOptions;

/**
 * The credentials of the signed-in LivePerson user, for calls made while serving that
 * user's request in a WebFlux application: <pre class="code">
 * userCredentials.currentUser().flatMap((asUser) -&gt; functions.invokeByUuid(uuid, payload, asUser, Result.class));
 * </pre> The user's authorized client comes from Spring Security's
 * {@link ReactiveOAuth2AuthorizedClientManager}, which refreshes an expired access token
 * with the refresh token. When there is none, or Sentinel refuses the refresh (revoked or
 * expired), the {@code Mono} fails with a {@link ClientAuthorizationRequiredException},
 * which Spring Security's {@code oauth2Login()} and {@code oauth2Client()} filters turn
 * into a redirect to the authorization endpoint.
 *
 * @author LivePerson Functions for Spring contributors
 * @see FunctionsUserCredentials
 */
public final class ReactiveFunctionsUserCredentials {

	private final String registrationId;

	private final Supplier<ReactiveOAuth2AuthorizedClientManager> manager;

	/**
	 * Create the credentials.
	 * @param registrationId the LivePerson client registration
	 * @param manager supplies the manager of the authorized clients, asked on first use
	 */
	public ReactiveFunctionsUserCredentials(String registrationId,
			Supplier<ReactiveOAuth2AuthorizedClientManager> manager) {
		this.registrationId = registrationId;
		this.manager = SingletonSupplier.of(manager);
	}

	/**
	 * Return the options of a call made as the signed-in user.
	 * @return options whose credentials are the user's access token, or a
	 * {@link ClientAuthorizationRequiredException} when the user must sign in (again)
	 */
	public Mono<InvocationOptions> currentUser() {
		return authorizedClient().map((client) -> InvocationOptions.builder().authorizedClient(client).build());
	}

	/**
	 * Return the signed-in user's authorized client, its access token refreshed when it
	 * has expired.
	 * @return the authorized client, or a {@link ClientAuthorizationRequiredException}
	 * when the user must sign in (again)
	 */
	public Mono<OAuth2AuthorizedClient> authorizedClient() {
		return ReactiveSecurityContextHolder.getContext()
			.mapNotNull(SecurityContext::getAuthentication)
			.defaultIfEmpty(anonymous())
			.flatMap((principal) -> this.manager.get()
				.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(this.registrationId)
					.principal(principal)
					.build()))
			.onErrorMap(OAuth2AuthorizationException.class,
					(ex) -> (!(ex instanceof ClientAuthorizationRequiredException)
							&& LivePersonTokenResponseConverter.signInAgain(ex.getError()))
									? new ClientAuthorizationRequiredException(this.registrationId) : ex)
			.switchIfEmpty(Mono.error(() -> new ClientAuthorizationRequiredException(this.registrationId)));
	}

	private static Authentication anonymous() {
		return new AnonymousAuthenticationToken("anonymous", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
	}

}
