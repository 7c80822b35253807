package io.github.lpfunctions.emulator.admin;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import io.github.lpfunctions.emulator.EmulatedFunction;
import io.github.lpfunctions.emulator.FunctionDetails;
import io.github.lpfunctions.emulator.FunctionRegistry;

/**
 * A deployed function as the admin API shows it; absent values are left out.
 *
 * @param uuid the function UUID
 * @param name the name
 * @param description the description
 * @param event the event the function is bound to
 * @param state the state's wire name, e.g. {@code Productive}
 * @param result the fixed result
 * @param errorCode the error code the function fails with
 * @param errorMessage the error message the function fails with
 * @param errorStatus the HTTP status of the failure
 * @param delay how long an invocation takes (ISO-8601)
 * @param invocations the number of executed invocations
 * @param createdAt when it was first deployed
 * @param updatedAt when it was last deployed
 * @param details what the listings show of it
 * @author LivePerson Functions for Spring contributors
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record FunctionView(String uuid, String name, @Nullable String description, @Nullable String event, String state,
		@Nullable Object result, @Nullable String errorCode, @Nullable String errorMessage,
		@Nullable Integer errorStatus, String delay, long invocations, String createdAt, String updatedAt,
		FunctionDetails details) {

	static FunctionView of(FunctionRegistry.Entry entry) {
		EmulatedFunction function = entry.function();
		return new FunctionView(function.uuid(), function.name(), function.description(), function.eventId(),
				function.state().displayName(), function.result(), function.errorCode(), function.errorMessage(),
				function.errorStatus(), function.delay().toString(), entry.invocations(), entry.createdAt().toString(),
				entry.updatedAt().toString(), function.details());
	}

}
