package io.github.lpfunctions.emulator.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.lpfunctions.emulator.EmulatedFunction;
import io.github.lpfunctions.emulator.FunctionDetails;
import io.github.lpfunctions.emulator.FunctionState;

/**
 * Reads the body of {@code PUT /emulator/functions/{uuid}}: {@code name},
 * {@code description}, {@code event} (or {@code eventId}), {@code state}, {@code delay},
 * {@code errorCode}, {@code errorMessage}, {@code errorStatus}, {@code result} and
 * {@code whoAmI} (a function that answers who invoked it), and what the listings show:
 * {@code skills} (array), {@code size}, {@code isCompV1}, {@code version}, {@code code},
 * {@code dependencies} and {@code environmentVariables} (objects of strings),
 * {@code createdBy} and {@code updatedBy}; all optional. A function without a result or
 * error echoes its payload.
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
		return function.withDetails(details(spec));
	}

	private static FunctionDetails details(JsonNode spec) {
		FunctionDetails details = FunctionDetails.defaults();
		if (spec.has("skills")) {
			details = details.withSkills(strings(spec.get("skills"), "skills").toArray(String[]::new));
		}
		if (SpecValues.text(spec, "size") != null) {
			details = details.withSize(SpecValues.text(spec, "size"));
		}
		if (spec.has("isCompV1")) {
			details = details.withCompV1(spec.get("isCompV1").asBoolean());
		}
		if (spec.has("version")) {
			if (!spec.get("version").canConvertToInt()) {
				throw new IllegalArgumentException("'version' must be a whole number");
			}
			details = details.withVersion(spec.get("version").asInt());
		}
		if (spec.has("code") || spec.has("dependencies") || spec.has("environmentVariables")) {
			String code = SpecValues.text(spec, "code");
			details = details.withImplementation((code != null) ? code : details.code(),
					map(spec.path("dependencies"), "dependencies"),
					map(spec.path("environmentVariables"), "environmentVariables"));
		}
		String createdBy = SpecValues.text(spec, "createdBy");
		String updatedBy = SpecValues.text(spec, "updatedBy");
		if (createdBy != null || updatedBy != null) {
			details = details.withAuthors((createdBy != null) ? createdBy : details.createdBy(), updatedBy);
		}
		return details;
	}

	private static List<String> strings(JsonNode value, String field) {
		if (!value.isArray()) {
			throw new IllegalArgumentException("'" + field + "' must be an array of strings");
		}
		List<String> strings = new ArrayList<>();
		value.forEach((element) -> {
			if (!element.isString()) {
				throw new IllegalArgumentException("'" + field + "' must be an array of strings");
			}
			strings.add(element.asString());
		});
		return strings;
	}

	private static Map<String, String> map(JsonNode value, String field) {
		Map<String, String> map = new LinkedHashMap<>();
		if (value.isMissingNode() || value.isNull()) {
			return map;
		}
		if (!value.isObject()) {
			throw new IllegalArgumentException("'" + field + "' must be an object of strings");
		}
		for (Map.Entry<String, JsonNode> entry : value.properties()) {
			if (!entry.getValue().isString()) {
				throw new IllegalArgumentException("'" + field + "." + entry.getKey() + "' must be a string");
			}
			map.put(entry.getKey(), entry.getValue().asString());
		}
		return map;
	}

}
