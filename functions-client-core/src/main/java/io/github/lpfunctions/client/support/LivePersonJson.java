package io.github.lpfunctions.client.support;

import java.lang.reflect.Type;

import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON mapper of LivePerson's own protocol (discovery, tokens, errors, isImplemented,
 * listings, the envelope of event results): Jackson's defaults, never the application's
 * settings, so that a naming strategy or a strict feature set in the application cannot
 * break the protocol. Payloads and results use the application's mapper instead.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class LivePersonJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private LivePersonJson() {
	}

	/**
	 * Return the mapper.
	 * @return the default mapper
	 */
	public static JsonMapper mapper() {
		return MAPPER;
	}

	/**
	 * Read a value of the given type.
	 * @param body the JSON bytes
	 * @param type the target type
	 * @param <T> the target type
	 * @return the value
	 * @throws tools.jackson.core.JacksonException when the body does not fit the type
	 */
	public static <T> T read(byte[] body, Type type) {
		return MAPPER.readValue(body, MAPPER.getTypeFactory().constructType(type));
	}

}
