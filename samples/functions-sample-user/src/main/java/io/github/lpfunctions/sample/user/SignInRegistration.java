package io.github.lpfunctions.sample.user;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

import io.github.lpfunctions.emulator.FunctionsEmulator;

/**
 * The client registration users sign in with: LivePerson's authorization server
 * (Sentinel) and its authorization-code flow.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class SignInRegistration {

	/**
	 * The registration id, also the last segment of the redirect URI
	 * ({@code /login/oauth2/code/liveperson}).
	 */
	static final String ID = "liveperson";

	private SignInRegistration() {
	}

	/**
	 * The registration of a running emulator: its account, its one client, and its
	 * Sentinel endpoints; the same shape as {@code application-liveperson.yml} gives for
	 * a real account.
	 * @param emulator the emulator
	 * @return the registration
	 */
	static ClientRegistration of(FunctionsEmulator emulator) {
		String sentinel = emulator.baseUrl() + "/sentinel/api/account/" + emulator.accountId();
		return ClientRegistration.withRegistrationId(ID)
			.clientName("LivePerson")
			.clientId(emulator.clientId())
			.clientSecret(emulator.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.authorizationUri(sentinel + "/authorize?v=1.0")
			.tokenUri(sentinel + "/token?v=2.0")
			.userNameAttributeName("sub")
			.build();
	}

}
