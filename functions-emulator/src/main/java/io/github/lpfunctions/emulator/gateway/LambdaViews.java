package io.github.lpfunctions.emulator.gateway;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.github.lpfunctions.emulator.EmulatedFunction;
import io.github.lpfunctions.emulator.FunctionDetails;
import io.github.lpfunctions.emulator.FunctionRegistry;
import io.github.lpfunctions.emulator.FunctionState;

/**
 * Renders functions as the management API lists them, in each platform's shape. V1: the
 * record of the official Java client's {@code LambdaResponse} (faas-client-jdk 1.1.4,
 * {@code response/lambda}) with its {@code runtime}, {@code lastDeployment} and
 * {@code implementation{code, dependencies, environmentVariables}} of {@code {key,
 * value}} pairs. V2: the fields of the 2.0 Java client's {@code FunctionResponse} and
 * faas-cli's {@code LPFnMeta} ({@code src/types/IFunction.ts}), without code or runtime.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class LambdaViews {

	private LambdaViews() {
	}

	static Map<String, Object> lambda(FunctionRegistry.Entry entry) {
		EmulatedFunction function = entry.function();
		FunctionDetails details = function.details();
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("uuid", function.uuid());
		view.put("name", function.name());
		view.put("version", details.version());
		view.put("description", (function.description() != null) ? function.description() : "");
		view.put("eventId", function.eventId());
		view.put("state", function.state().displayName());
		view.put("runtime", runtime());
		view.put("createdAt", entry.createdAt().toString());
		view.put("createdBy", details.createdBy());
		view.put("updatedAt", entry.updatedAt().toString());
		view.put("updatedBy", details.updatedBy());
		view.put("lastDeployment", (function.state() != FunctionState.DRAFT) ? deployment(entry) : null);
		view.put("implementation", implementation(details));
		return view;
	}

	static Map<String, Object> function(FunctionRegistry.Entry entry) {
		EmulatedFunction function = entry.function();
		FunctionDetails details = function.details();
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("name", function.name());
		view.put("uuid", function.uuid());
		view.put("state", function.state().displayName());
		view.put("description", (function.description() != null) ? function.description() : "");
		view.put("createdAt", entry.createdAt().toString());
		view.put("createdBy", details.createdBy());
		view.put("updatedAt", entry.updatedAt().toString());
		view.put("updatedBy", details.updatedBy());
		view.put("isCompV1", details.compV1());
		view.put("size", details.size());
		view.put("eventId", function.eventId());
		view.put("skills", details.skills());
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
		deployment.put("lambdaVersion", function.details().version());
		deployment.put("imageName", "emulator/" + function.name());
		deployment.put("deploymentState", function.state().displayName());
		deployment.put("createdAt", entry.createdAt().toString());
		deployment.put("createdBy", function.details().createdBy());
		deployment.put("deployedAt", entry.updatedAt().toString());
		return deployment;
	}

	private static Map<String, Object> implementation(FunctionDetails details) {
		Map<String, Object> implementation = new LinkedHashMap<>();
		implementation.put("code", details.code());
		implementation.put("dependencies", keyValues(details.dependencies()));
		implementation.put("environmentVariables", keyValues(details.environmentVariables()));
		return implementation;
	}

	private static List<Map<String, String>> keyValues(Map<String, String> values) {
		return values.entrySet().stream().map((entry) -> {
			Map<String, String> pair = new LinkedHashMap<>();
			pair.put("key", entry.getKey());
			pair.put("value", entry.getValue());
			return pair;
		}).toList();
	}

}
