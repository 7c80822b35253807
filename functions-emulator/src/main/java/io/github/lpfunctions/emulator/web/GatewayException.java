package io.github.lpfunctions.emulator.web;

/**
 * A gateway request the platform rejects with a status and an error code.
 *
 * @author LivePerson Functions for Spring contributors
 */
class GatewayException extends RuntimeException {

	private final int status;

	private final String code;

	GatewayException(int status, String code, String message) {
		super(message, null, false, false);
		this.status = status;
		this.code = code;
	}

	int status() {
		return this.status;
	}

	String code() {
		return this.code;
	}

}
