package io.github.lpfunctions.emulator;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.util.Assert;

/**
 * A user of the emulated account, who signs in on the login page or through the Login
 * API.
 *
 * @param name the user name ({@code loginName}, and {@code sub} of the user's tokens)
 * @param password the password
 * @param invocationPrivilege whether the user has the FaaS-Invocation privilege: the
 * gateway refuses the tokens of a user without it with 403
 * @author LivePerson Functions for Spring contributors
 */
public record EmulatedUser(String name, String password, boolean invocationPrivilege) {

	/**
	 * Create a new instance, validating the arguments.
	 * @param name the user name
	 * @param password the password
	 * @param invocationPrivilege whether the user has the FaaS-Invocation privilege
	 */
	public EmulatedUser {
		Assert.hasText(name, "'name' must not be empty");
		Assert.notNull(password, "'password' must not be null");
	}

	/**
	 * Return the user's id, as the Login API states it in {@code config.userId}: a number
	 * derived from the name, the same in every run.
	 * @return the user id
	 */
	public String userId() {
		long bits = UUID.nameUUIDFromBytes(this.name.getBytes(StandardCharsets.UTF_8)).getMostSignificantBits();
		return Long.toString(Math.floorMod(bits, 10_000_000_000L));
	}

	@Override
	public String toString() {
		return "EmulatedUser[name=" + this.name + ", password=****, invocationPrivilege=" + this.invocationPrivilege
				+ "]";
	}

}
