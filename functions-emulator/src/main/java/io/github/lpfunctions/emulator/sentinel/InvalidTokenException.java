package io.github.lpfunctions.emulator.sentinel;

/**
 * Thrown when a bearer token is malformed, tampered with, expired or revoked.
 *
 * @author LivePerson Functions for Spring contributors
 */
public class InvalidTokenException extends RuntimeException {

	/**
	 * Create a new instance.
	 * @param message why the token is invalid (never the token itself)
	 */
	public InvalidTokenException(String message) {
		super(message);
	}

}
