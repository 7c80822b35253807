package io.github.lpfunctions.client.autoconfigure.user;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * A service user that logs in with LivePerson's Login API, under
 * {@code liveperson.functions.user-login}: its bearer token authorizes the calls that
 * need a user, such as listing functions. Deliberately without a {@code toString()}: it
 * holds the password.
 *
 * @author LivePerson Functions for Spring contributors
 */
@ConfigurationProperties(FunctionsUserLoginProperties.PREFIX)
public class FunctionsUserLoginProperties {

	/**
	 * Prefix of every property.
	 */
	public static final String PREFIX = "liveperson.functions.user-login";

	/**
	 * Login name of the service user.
	 */
	private @Nullable String username;

	/**
	 * Password of the service user; masked in the actuator endpoints like the client
	 * secret.
	 */
	private @Nullable String password;

	public @Nullable String getUsername() {
		return this.username;
	}

	public void setUsername(@Nullable String username) {
		this.username = username;
	}

	public @Nullable String getPassword() {
		return this.password;
	}

	public void setPassword(@Nullable String password) {
		this.password = password;
	}

}
