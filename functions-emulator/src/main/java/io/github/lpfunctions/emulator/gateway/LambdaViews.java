package io.github.lpfunctions.emulator.gateway;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.github.lpfunctions.emulator.EmulatedFunction;
import io.github.lpfunctions.emulator.FunctionRegistry;
import io.github.lpfunctions.emulator.FunctionState;

/**
 * Renders functions as the management API lists them.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class LambdaViews {

	private static final String USER = "emulator";

	private LambdaViews() {
	}

	static Map<String, Object> lambda(FunctionRegistry.Entry entry) {
		EmulatedFunction function = entry.function();
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("uuid", function.uuid());
		view.put("name", function.name());
		view.put("version", 1);
		view.put("description", (function.description() != null) ? function.description() : "");
		view.put("eventId", function.eventId());
		view.put("state", function.state().displayName());
		view.put("runtime", runtime());
		view.put("createdAt", entry.createdAt().toString());
		view.put("createdBy", USER);
		view.put("updatedAt", entry.updatedAt().toString());
		view.put("updatedBy", USER);
		view.put("lastDeployment", (function.state() != FunctionState.DRAFT) ? deployment(entry) : null);
		view.put("implementation", implementation());
		return view;
	}

	private static Map<String, Object> runtime() {
		Map<String, Object> runtime = new LinkedHashMap<>();
		runtime.put("uuid", "00000000-0000-0000-0000-000000000018");
		runtime.put("name", "Node.js 18");
		runtime.put("baseImageName", "emulator/nodejs18");
		return runtime;
	}

	private static Map<String, Object> deployment(FunctionRegistry.Entry entry) {
		EmulatedFunction function = entry.function();
		Map<String, Object> deployment = new LinkedHashMap<>();
		deployment.put("uuid",
				UUID.nameUUIDFromBytes(("deployment:" + function.uuid()).getBytes(StandardCharsets.UTF_8)).toString());
		deployment.put("name", function.name());
		deployment.put("lambdaUUID", function.uuid());
		deployment.put("lambdaVersion", 1);
		deployment.put("imageName", "emulator/" + function.name());
		deployment.put("deploymentState", function.state().displayName());
		deployment.put("createdAt", entry.createdAt().toString());
		deployment.put("createdBy", USER);
		deployment.put("deployedAt", entry.updatedAt().toString());
		return deployment;
	}

	private static Map<String, Object> implementation() {
		Map<String, Object> implementation = new LinkedHashMap<>();
		implementation.put("code", "function lambda(input, callback) {\n  // emulated by functions-emulator\n}");
		implementation.put("dependencies", List.of());
		implementation.put("environmentVariables", List.of());
		return implementation;
	}

}
