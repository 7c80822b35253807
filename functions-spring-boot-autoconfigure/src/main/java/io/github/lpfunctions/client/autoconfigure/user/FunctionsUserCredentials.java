package io.github.lpfunctions.client.autoconfigure.user;

import java.util.function.Supplier;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.context.request.RequestContextHolder;

import io.github.lpfunctions.client.InvocationOptions;

/**
 * The credentials of the signed-in LivePerson user, for calls made while serving that
 * user's request in a servlet application: <pre class="code">
 * functions.invokeByUuid(uuid, payload, userCredentials.currentUser(), Result.class);
 * </pre> The user's authorized client comes from Spring Security's
 * {@link OAuth2AuthorizedClientManager}, which refreshes an expired access token with the
 * refresh token. When there is none, or Sentinel refuses the refresh (revoked or
 * expired), a {@link ClientAuthorizationRequiredException} sends the user to sign in
 * again: Spring Security's {@code oauth2Login()} and {@code oauth2Client()} filters turn
 * it into a redirect to the authorization endpoint.
 *
 * @author LivePerson Functions for Spring contributors
 * @see ReactiveFunctionsUserCredentials
 */
public final class FunctionsUserCredentials {

	private final String registrationId;

	private final Supplier<OAuth2AuthorizedClientManager> manager;

	/**
	 * Create the credentials.
	 * @param registrationId the LivePerson client registration
	 * @param manager supplies the manager of the authorized clients, asked on first use
	 */
	public FunctionsUserCredentials(String registrationId, Supplier<OAuth2AuthorizedClientManager> manager) {
		this.registrationId = registrationId;
		this.manager = SingletonSupplier.of(manager);
	}

	/**
	 * Return the options of a call made as the signed-in user.
	 * @return options whose credentials are the user's access token
	 * @throws ClientAuthorizationRequiredException when the user must sign in (again)
	 * @throws IllegalStateException outside a request
	 */
	public InvocationOptions currentUser() {
		return InvocationOptions.builder().authorizedClient(authorizedClient()).build();
	}

	/**
	 * Return the signed-in user's authorized client, its access token refreshed when it
	 * has expired; for options of your own:
	 * {@code InvocationOptions.builder().authorizedClient(userCredentials.authorizedClient()).skillId(..).build()}.
	 * @return the authorized client
	 * @throws ClientAuthorizationRequiredException when the user must sign in (again)
	 * @throws IllegalStateException outside a request
	 */
	public OAuth2AuthorizedClient authorizedClient() {
		if (RequestContextHolder.getRequestAttributes() == null) {
			throw new IllegalStateException(
					"The signed-in user's credentials are only known while serving that user's request");
		}
		OAuth2AuthorizeRequest request = OAuth2AuthorizeRequest.withClientRegistrationId(this.registrationId)
			.principal(principal())
			.build();
		OAuth2AuthorizedClient client;
		try {
			client = this.manager.get().authorize(request);
		}
		catch (OAuth2AuthorizationException ex) {
			if (!(ex instanceof ClientAuthorizationRequiredException)
					&& LivePersonTokenResponseConverter.signInAgain(ex.getError())) {
				// the manager has forgotten the refused grant: sign in for a new one
				throw new ClientAuthorizationRequiredException(this.registrationId);
			}
			throw ex;
		}
		if (client == null) {
			throw new ClientAuthorizationRequiredException(this.registrationId);
		}
		return client;
	}

	// as Spring Security's @RegisteredOAuth2AuthorizedClient does for oauth2Client()
	// without a signed-in principal
	private static Authentication principal() {
		Authentication authentication = SecurityContextHolder.getContextHolderStrategy()
			.getContext()
			.getAuthentication();
		return (authentication != null) ? authentication : new AnonymousAuthenticationToken("anonymous",
				"anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
	}

}
