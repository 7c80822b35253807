package io.github.lpfunctions.client.proxy;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.KotlinDetector;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.util.StringValueResolver;

import io.github.lpfunctions.client.EventInvocationResult;
import io.github.lpfunctions.client.FunctionsTemplate;
import io.github.lpfunctions.client.InvocationOptions;
import io.github.lpfunctions.client.ReactiveFunctionsTemplate;
import io.github.lpfunctions.client.annotation.FunctionsClient;
import io.github.lpfunctions.client.annotation.InvocationHeader;
import io.github.lpfunctions.client.annotation.InvokeEvent;
import io.github.lpfunctions.client.annotation.InvokeFunction;
import io.github.lpfunctions.client.annotation.IsImplemented;
import io.github.lpfunctions.client.annotation.RequestId;
import io.github.lpfunctions.client.annotation.SkillId;
import io.github.lpfunctions.client.support.Arguments;

/**
 * Turns one method of a {@link FunctionsClient} interface into the {@link ClientCall}
 * that implements it, checking everything that can be checked before a call.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class ClientMethodParser {

	private static final String FUNCTION_RETURNS = "T, Optional<T>, void, Mono<T>, Mono<Void> or CompletableFuture<T>";

	private static final String EVENT_RETURNS = "List<EventInvocationResult<T>>, Flux<EventInvocationResult<T>>, "
			+ "Mono<List<EventInvocationResult<T>>>, CompletableFuture<List<EventInvocationResult<T>>>, void or Mono<Void>";

	private static final String IS_IMPLEMENTED_RETURNS = "boolean, Boolean, Mono<Boolean> or CompletableFuture<Boolean>";

	private final ReactiveFunctionsTemplate reactive;

	private final FunctionsTemplate blocking;

	private final @Nullable StringValueResolver resolver;

	private final @Nullable ArgumentsValidator validator;

	ClientMethodParser(ReactiveFunctionsTemplate reactive, FunctionsTemplate blocking,
			@Nullable StringValueResolver resolver, @Nullable ArgumentsValidator validator) {
		this.reactive = reactive;
		this.blocking = blocking;
		this.resolver = resolver;
		this.validator = validator;
	}

	ClientCall parse(Class<?> clientInterface, Method method) {
		AnnotationValues values = new AnnotationValues(clientInterface, method, this.resolver);
		InvokeFunction function = method.getAnnotation(InvokeFunction.class);
		InvokeEvent event = method.getAnnotation(InvokeEvent.class);
		IsImplemented isImplemented = method.getAnnotation(IsImplemented.class);
		int count = ((function != null) ? 1 : 0) + ((event != null) ? 1 : 0) + ((isImplemented != null) ? 1 : 0);
		if (count != 1) {
			throw values.failure(
					(count == 0) ? "the method has no operation annotation"
							: "the method has more than one operation annotation",
					"Annotate it with exactly one of @InvokeFunction, @InvokeEvent or @IsImplemented, "
							+ "or make it a default method");
		}
		FunctionsClient defaults = clientInterface.getAnnotation(FunctionsClient.class);
		// a Kotlin suspend method is implemented by the reactive call, awaited
		boolean suspending = isSuspending(method);
		Type type = suspending ? SuspendingMethods.reactiveReturnType(method) : method.getGenericReturnType();
		Class<?> raw = suspending ? Mono.class : method.getReturnType();
		ClientCall call;
		if (function != null) {
			String uuid = target(values, function.value(), "@InvokeFunction", true);
			CallArguments arguments = arguments(clientInterface, method, values, defaults, function.skillId(),
					function.eventSource(), function.timeout());
			call = functionCall(values, type, raw, uuid, arguments);
		}
		else if (event != null) {
			String eventId = target(values, event.value(), "@InvokeEvent", false);
			CallArguments arguments = arguments(clientInterface, method, values, defaults, event.skillId(),
					event.eventSource(), event.timeout());
			call = eventCall(values, type, raw, eventId, arguments);
		}
		else {
			String eventId = target(values, isImplemented.value(), "@IsImplemented", false);
			CallArguments arguments = arguments(clientInterface, method, values, defaults, isImplemented.skillId(),
					isImplemented.eventSource(), isImplemented.timeout());
			if (arguments.hasPayload() || arguments.hasHeaders()) {
				throw values.failure("@IsImplemented sends no payload and no invocation headers",
						"Remove the payload and @InvocationHeader parameters; it takes only @SkillId, "
								+ "@RequestId and InvocationOptions");
			}
			call = isImplementedCall(values, type, raw, eventId, arguments);
		}
		if (suspending) {
			ClientCall reactiveCall = call;
			boolean unit = ((ParameterizedType) type).getActualTypeArguments()[0] == Void.class;
			call = (client, args) -> SuspendingMethods.await((Mono<?>) reactiveCall.call(client, args), args, unit);
		}
		ArgumentsValidator.Check check = (this.validator != null) ? this.validator.forMethod(clientInterface, method)
				: null;
		if (check == null) {
			return call;
		}
		ClientCall checked = call;
		return (client, args) -> {
			check.validate(client, args);
			return checked.call(client, args);
		};
	}

	// SuspendingMethods refers to Kotlin types: it is not even loaded without Kotlin
	private static boolean isSuspending(Method method) {
		return KotlinDetector.isKotlinPresent() && SuspendingMethods.isSuspending(method);
	}

	private static String target(AnnotationValues values, String value, String attribute, boolean uuid) {
		String resolved = values.resolve(value, attribute);
		try {
			return uuid ? Arguments.functionUuid(resolved) : Arguments.eventId(resolved);
		}
		catch (IllegalArgumentException ex) {
			String written = value.equals(resolved) ? "'" + value + "'"
					: "'" + value + "' (resolved to '" + resolved + "')";
			throw values.failure(attribute + " " + written + " is not valid: " + ex.getMessage(),
					uuid ? "Give the function's UUID from the LivePerson Functions UI, or a ${...} placeholder of it"
							: "Give an event id such as conversational_command, or a ${...} placeholder of it");
		}
	}

	private CallArguments arguments(Class<?> clientInterface, Method method, AnnotationValues values,
			@Nullable FunctionsClient defaults, String skillId, String eventSource, String timeout) {
		String skill = orElse(values.resolve(skillId, "skillId"),
				(defaults != null) ? values.resolve(defaults.skillId(), "@FunctionsClient skillId") : null);
		String source = orElse(values.resolve(eventSource, "eventSource"),
				(defaults != null) ? values.resolve(defaults.eventSource(), "@FunctionsClient eventSource") : null);
		Duration deadline = orElse(values.timeout(timeout, "timeout"),
				(defaults != null) ? values.timeout(defaults.timeout(), "@FunctionsClient timeout") : null);
		InvocationOptions base;
		try {
			base = new InvocationOptions(List.of(), null, deadline, source, skill, null, null, null, null,
					clientInterface.getSimpleName() + "." + method.getName());
		}
		catch (IllegalArgumentException ex) {
			throw values.failure(ex.getMessage(), "Change the attribute it names");
		}
		int payload = -1;
		int options = -1;
		int skillIdIndex = -1;
		int requestId = -1;
		List<Integer> headers = new ArrayList<>();
		List<String> headerNames = new ArrayList<>();
		Parameter[] parameters = method.getParameters();
		// a suspend method's last parameter is its continuation
		int declared = parameters.length - (isSuspending(method) ? 1 : 0);
		for (int i = 0; i < declared; i++) {
			Parameter parameter = parameters[i];
			SkillId skillIdMark = parameter.getAnnotation(SkillId.class);
			RequestId requestIdMark = parameter.getAnnotation(RequestId.class);
			InvocationHeader header = parameter.getAnnotation(InvocationHeader.class);
			int marks = ((skillIdMark != null) ? 1 : 0) + ((requestIdMark != null) ? 1 : 0)
					+ ((header != null) ? 1 : 0);
			if (marks > 1) {
				throw values.failure("parameter " + (i + 1) + " has more than one of @SkillId, @RequestId and "
						+ "@InvocationHeader", "Keep one of them");
			}
			if (marks == 1 && parameter.getType() != String.class) {
				throw values.failure(
						"parameter " + (i + 1) + " is a " + parameter.getType().getSimpleName()
								+ " but @SkillId, @RequestId and @InvocationHeader take a String",
						"Declare it as String");
			}
			if (skillIdMark != null) {
				skillIdIndex = once(values, skillIdIndex, i, "@SkillId");
			}
			else if (requestIdMark != null) {
				requestId = once(values, requestId, i, "@RequestId");
			}
			else if (header != null) {
				try {
					Arguments.headerValue(Arguments.notBlank(header.value(), "@InvocationHeader"), "@InvocationHeader");
				}
				catch (IllegalArgumentException ex) {
					throw values.failure(ex.getMessage(), "Give the header's name");
				}
				headers.add(i);
				headerNames.add(header.value());
			}
			else if (parameter.getType() == InvocationOptions.class) {
				options = once(values, options, i, "InvocationOptions");
			}
			else if (payload >= 0) {
				throw values.failure(
						"parameters " + (payload + 1) + " and " + (i + 1)
								+ " are both payloads: only one parameter without annotation may be",
						"Annotate the others with @SkillId, @RequestId or @InvocationHeader, "
								+ "or gather them in one payload type");
			}
			else {
				payload = i;
			}
		}
		return new CallArguments(base, payload, options, skillIdIndex, requestId,
				headers.stream().mapToInt(Integer::intValue).toArray(), headerNames.toArray(String[]::new));
	}

	private static int once(AnnotationValues values, int previous, int index, String what) {
		if (previous >= 0) {
			throw values.failure("parameters " + (previous + 1) + " and " + (index + 1) + " are both " + what,
					"Keep one of them");
		}
		return index;
	}

	private ClientCall functionCall(AnnotationValues values, Type type, Class<?> raw, String uuid,
			CallArguments arguments) {
		if (raw == void.class) {
			return (client, args) -> {
				this.blocking.invokeByUuid(uuid, arguments.payload(args), arguments.options(args));
				return null;
			};
		}
		if (raw == Mono.class || raw == CompletableFuture.class) {
			Type result = typeArgument(values, type, FUNCTION_RETURNS);
			boolean future = raw == CompletableFuture.class;
			if (result == Void.class) {
				return (client, args) -> reactive(future,
						this.reactive.invokeByUuid(uuid, arguments.payload(args), arguments.options(args)));
			}
			ParameterizedTypeReference<Object> reference = ParameterizedTypeReference.forType(result);
			return (client, args) -> reactive(future,
					this.reactive.invokeByUuid(uuid, arguments.payload(args), arguments.options(args), reference));
		}
		if (raw == Optional.class) {
			ParameterizedTypeReference<Object> reference = ParameterizedTypeReference
				.forType(typeArgument(values, type, FUNCTION_RETURNS));
			return (client, args) -> Optional.ofNullable(
					this.blocking.invokeByUuid(uuid, arguments.payload(args), arguments.options(args), reference));
		}
		if (raw.isPrimitive() || raw == Flux.class) {
			throw unsupported(values, FUNCTION_RETURNS);
		}
		checkResolvable(values, type, FUNCTION_RETURNS);
		ParameterizedTypeReference<Object> reference = ParameterizedTypeReference.forType(type);
		return (client, args) -> this.blocking.invokeByUuid(uuid, arguments.payload(args), arguments.options(args),
				reference);
	}

	private ClientCall eventCall(AnnotationValues values, Type type, Class<?> raw, String eventId,
			CallArguments arguments) {
		if (raw == void.class) {
			return (client, args) -> {
				this.blocking.invokeByEvent(eventId, arguments.payload(args), arguments.options(args));
				return null;
			};
		}
		if (raw == List.class) {
			ParameterizedTypeReference<Object> result = eventResult(values, typeArgument(values, type, EVENT_RETURNS));
			return (client, args) -> this.blocking.invokeByEvent(eventId, arguments.payload(args),
					arguments.options(args), result);
		}
		if (raw == Flux.class) {
			ParameterizedTypeReference<Object> result = eventResult(values, typeArgument(values, type, EVENT_RETURNS));
			return (client, args) -> this.reactive
				.invokeByEvent(eventId, arguments.payload(args), arguments.options(args), result)
				.flatMapIterable((results) -> results);
		}
		if (raw == Mono.class || raw == CompletableFuture.class) {
			boolean future = raw == CompletableFuture.class;
			Type inner = typeArgument(values, type, EVENT_RETURNS);
			if (inner == Void.class) {
				return (client, args) -> reactive(future,
						this.reactive.invokeByEvent(eventId, arguments.payload(args), arguments.options(args)));
			}
			if (!(inner instanceof ParameterizedType list) || list.getRawType() != List.class) {
				throw unsupported(values, EVENT_RETURNS);
			}
			ParameterizedTypeReference<Object> result = eventResult(values, typeArgument(values, inner, EVENT_RETURNS));
			return (client, args) -> reactive(future,
					this.reactive.invokeByEvent(eventId, arguments.payload(args), arguments.options(args), result));
		}
		throw unsupported(values, EVENT_RETURNS);
	}

	private ClientCall isImplementedCall(AnnotationValues values, Type type, Class<?> raw, String eventId,
			CallArguments arguments) {
		if (raw == boolean.class || raw == Boolean.class) {
			return (client, args) -> this.blocking.isImplemented(eventId, arguments.options(args));
		}
		if ((raw == Mono.class || raw == CompletableFuture.class)
				&& typeArgument(values, type, IS_IMPLEMENTED_RETURNS) == Boolean.class) {
			boolean future = raw == CompletableFuture.class;
			return (client, args) -> reactive(future, this.reactive.isImplemented(eventId, arguments.options(args)));
		}
		throw unsupported(values, IS_IMPLEMENTED_RETURNS);
	}

	private static Object reactive(boolean future, Mono<?> mono) {
		return future ? mono.toFuture() : mono;
	}

	private static ParameterizedTypeReference<Object> eventResult(AnnotationValues values, Type element) {
		if (!(element instanceof ParameterizedType result) || result.getRawType() != EventInvocationResult.class) {
			throw unsupported(values, EVENT_RETURNS);
		}
		return ParameterizedTypeReference.forType(typeArgument(values, result, EVENT_RETURNS));
	}

	private static Type typeArgument(AnnotationValues values, Type type, String supported) {
		if (!(type instanceof ParameterizedType parameterized)) {
			throw unsupported(values, supported);
		}
		Type argument = parameterized.getActualTypeArguments()[0];
		checkResolvable(values, argument, supported);
		return argument;
	}

	private static void checkResolvable(AnnotationValues values, Type type, String supported) {
		if (type instanceof Class<?>) {
			return;
		}
		if (type instanceof ParameterizedType parameterized) {
			for (Type argument : parameterized.getActualTypeArguments()) {
				checkResolvable(values, argument, supported);
			}
			return;
		}
		if (type instanceof GenericArrayType array) {
			checkResolvable(values, array.getGenericComponentType(), supported);
			return;
		}
		throw unsupported(values, supported);
	}

	private static FunctionsClientDefinitionException unsupported(AnnotationValues values, String supported) {
		return values.failure("the return type " + values.returnTypeName() + " is not supported",
				"Declare one of " + supported + ", with T a concrete type (no wildcard, no type variable)");
	}

	private static <V> @Nullable V orElse(@Nullable V value, @Nullable V fallback) {
		return (value != null) ? value : fallback;
	}

}
