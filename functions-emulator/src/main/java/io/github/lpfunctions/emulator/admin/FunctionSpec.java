package io.github.lpfunctions.emulator.admin;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.lpfunctions.emulator.EmulatedFunction;
import io.github.lpfunctions.emulator.FunctionState;

/**
 * Reads the body of {@code PUT /emulator/functions/{uuid}}: {@code name},
 * {@code description}, {@code event} (or {@code eventId}), {@code state}, {@code delay},
 * {@code errorCode}, {@code errorMessage}, {@code errorStatus}, {@code result} and
 * {@code whoAmI} (a function that answers who invoked it), all optional; a function
 * without a result or error echoes its payload.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class FunctionSpec {

	private FunctionSpec() {
	}

	/**
	 * Read a function.
	 * @param uuid the UUID from the path
	 * @param spec the body
	 * @param jsonMapper the mapper for the result
	 * @return the function
	 * @throws IllegalArgumentException if the body describes no valid function
	 */
	static EmulatedFunction read(String uuid, JsonNode spec, JsonMapper jsonMapper) {
		SpecValues.requireObject(spec);
		String name = SpecValues.text(spec, "name");
		boolean whoAmI = spec.path("whoAmI").asBoolean(false);
		EmulatedFunction function = (whoAmI ? EmulatedFunction.whoAmI(uuid) : EmulatedFunction.echo(uuid))
			.withName((name != null) ? name : "function-" + uuid)
			.withDescription(SpecValues.text(spec, "description"))
			.withEvent((SpecValues.text(spec, "event") != null) ? SpecValues.text(spec, "event")
					: SpecValues.text(spec, "eventId"));
		String state = SpecValues.text(spec, "state");
		if (state != null) {
			function = function.withState(FunctionState.parse(state));
		}
		if (spec.has("delay")) {
			function = function.withDelay(SpecValues.duration(spec.get("delay")));
		}
		String errorCode = SpecValues.text(spec, "errorCode");
		if (errorCode != null) {
			function = function.withError(errorCode, SpecValues.text(spec, "errorMessage"));
			if (spec.path("errorStatus").isInt()) {
				function = function.withErrorStatus(spec.get("errorStatus").asInt());
			}
		}
		else if (spec.has("result") && !spec.get("result").isNull()) {
			function = function.withResult(jsonMapper.treeToValue(spec.get("result"), Object.class));
		}
		return function;
	}

}
