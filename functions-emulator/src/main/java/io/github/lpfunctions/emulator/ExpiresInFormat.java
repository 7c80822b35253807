package io.github.lpfunctions.emulator;

/**
 * How token responses carry {@code expires_in}.
 *
 * @author LivePerson Functions for Spring contributors
 */
public enum ExpiresInFormat {

	/** As a JSON string, {@code "3600"}, like the real v2 token endpoint. */
	STRING,

	/** As a JSON number, {@code 3600}, like RFC 6749. */
	NUMBER,

	/**
	 * Not at all, like the classic token endpoint: clients must read the JWT {@code exp}.
	 */
	OMITTED

}
