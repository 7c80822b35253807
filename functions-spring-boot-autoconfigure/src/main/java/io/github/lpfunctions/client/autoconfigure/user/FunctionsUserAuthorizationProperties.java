package io.github.lpfunctions.client.autoconfigure.user;

import java.util.LinkedHashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in of LivePerson users with Sentinel's authorization-code flow, under
 * {@code liveperson.functions.user-authorization}: the client registration it contributes
 * to Spring Security.
 *
 * @author LivePerson Functions for Spring contributors
 */
@ConfigurationProperties(FunctionsUserAuthorizationProperties.PREFIX)
public class FunctionsUserAuthorizationProperties {

	/**
	 * Prefix of every property.
	 */
	public static final String PREFIX = "liveperson.functions.user-authorization";

	/**
	 * Whether a LivePerson client registration for signing users in is contributed to
	 * Spring Security.
	 */
	private boolean enabled;

	/**
	 * Id of the client registration, as in '/oauth2/authorization/{registration-id}'.
	 */
	private String registrationId = "liveperson";

	/**
	 * OAuth 2.0 client id of the app installation that signs users in;
	 * 'liveperson.functions.client-id' by default.
	 */
	private @Nullable String clientId;

	/**
	 * OAuth 2.0 client secret of that app installation;
	 * 'liveperson.functions.client-secret' by default.
	 */
	private @Nullable String clientSecret;

	/**
	 * Redirect URI registered with the app installation, a URI template of Spring
	 * Security.
	 */
	private String redirectUri = "{baseUrl}/login/oauth2/code/{registrationId}";

	/**
	 * Scopes to request; none by default, as Sentinel's authorization request names none.
	 */
	private Set<String> scope = new LinkedHashSet<>();

	/**
	 * Name of the client registration shown on Spring Security's login page.
	 */
	private String clientName = "LivePerson";

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getRegistrationId() {
		return this.registrationId;
	}

	public void setRegistrationId(String registrationId) {
		this.registrationId = registrationId;
	}

	public @Nullable String getClientId() {
		return this.clientId;
	}

	public void setClientId(@Nullable String clientId) {
		this.clientId = clientId;
	}

	public @Nullable String getClientSecret() {
		return this.clientSecret;
	}

	public void setClientSecret(@Nullable String clientSecret) {
		this.clientSecret = clientSecret;
	}

	public String getRedirectUri() {
		return this.redirectUri;
	}

	public void setRedirectUri(String redirectUri) {
		this.redirectUri = redirectUri;
	}

	public Set<String> getScope() {
		return this.scope;
	}

	public void setScope(Set<String> scope) {
		this.scope = scope;
	}

	public String getClientName() {
		return this.clientName;
	}

	public void setClientName(String clientName) {
		this.clientName = clientName;
	}

}
