package io.github.lpfunctions.emulator.gateway;

/**
 * A gateway request the platform rejects with a status and an error code; the
 * {@link GatewayErrorFilter} renders it.
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

	static GatewayException badInput(String message) {
		return new GatewayException(400, ErrorCodes.BAD_INPUT, message);
	}

	static GatewayException unauthorized(String message) {
		return new GatewayException(401, ErrorCodes.UNAUTHORIZED, message);
	}

	static GatewayException forbidden(String message) {
		return new GatewayException(403, ErrorCodes.FORBIDDEN, message);
	}

	int status() {
		return this.status;
	}

	String code() {
		return this.code;
	}

}
