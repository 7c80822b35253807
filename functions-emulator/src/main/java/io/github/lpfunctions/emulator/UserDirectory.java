package io.github.lpfunctions.emulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * The users of the emulated account, with and without the FaaS-Invocation privilege.
 * Changes apply to the next request (the gateway looks the privilege up on every call); a
 * reset restores the users the emulator started with. Thread-safe.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class UserDirectory {

	private final Map<String, EmulatedUser> users = new LinkedHashMap<>();

	private List<EmulatedUser> baseline = List.of();

	/**
	 * Add a user, or replace the one with the same name.
	 * @param user the user
	 * @return this directory
	 */
	public synchronized UserDirectory put(EmulatedUser user) {
		Assert.notNull(user, "'user' must not be null");
		this.users.put(user.name(), user);
		return this;
	}

	/**
	 * Remove a user; the user's tokens are refused by the gateway from now on.
	 * @param name the user name
	 * @return whether there was such a user
	 */
	public synchronized boolean remove(String name) {
		return this.users.remove(name) != null;
	}

	/**
	 * Return the user with the given name.
	 * @param name the user name
	 * @return the user, if known
	 */
	public synchronized Optional<EmulatedUser> get(String name) {
		return Optional.ofNullable(this.users.get(name));
	}

	/**
	 * Return every user, in the order they were added.
	 * @return the users
	 */
	public synchronized List<EmulatedUser> all() {
		return List.copyOf(this.users.values());
	}

	/**
	 * Return the user with this name and password.
	 * @param name the user name
	 * @param password the password
	 * @return the user, or {@code null} for an unknown name or a wrong password
	 */
	public @Nullable EmulatedUser authenticate(@Nullable String name, @Nullable String password) {
		if (name == null || password == null) {
			return null;
		}
		EmulatedUser user = get(name).orElse(null);
		if (user == null || !MessageDigest.isEqual(user.password().getBytes(StandardCharsets.UTF_8),
				password.getBytes(StandardCharsets.UTF_8))) {
			return null;
		}
		return user;
	}

	/**
	 * Remember the current users as those a reset restores.
	 */
	synchronized void captureBaseline() {
		this.baseline = List.copyOf(this.users.values());
	}

	/**
	 * Restore the users of the last {@link #captureBaseline()}.
	 */
	synchronized void resetToBaseline() {
		this.users.clear();
		this.baseline.forEach((user) -> this.users.put(user.name(), user));
	}

}
