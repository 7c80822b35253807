package io.github.lpfunctions.emulator;

/**
 * Generation of the LivePerson Functions platform whose wire format the emulator speaks.
 *
 * @author LivePerson Functions for Spring contributors
 */
public enum Platform {

	/**
	 * Platform V1: {@code v=1} and {@code externalSystem} query parameters, error bodies
	 * {@code {"errorCode","errorMsg","errorLogs"}}, listing at {@code /lambdas}.
	 */
	V1,

	/**
	 * Platform V2: {@code LP-EventSource} header, error bodies
	 * {@code {"code","message"}}, listing at {@code /functions}.
	 */
	V2

}
