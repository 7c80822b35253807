package io.github.lpfunctions.sample.webflux;

import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Service;

import io.github.lpfunctions.client.EventInvocationResult;
import io.github.lpfunctions.client.InvocationOptions;
import io.github.lpfunctions.client.ReactiveFunctionsOperations;

/**
 * Invokes LivePerson Functions through the auto-configured
 * {@link ReactiveFunctionsOperations}, never blocking. Payloads and results stay JSON
 * trees: the sample passes them through unchanged.
 *
 * @author LivePerson Functions for Spring contributors
 */
@Service
public class FunctionsService {

	private static final ParameterizedTypeReference<JsonNode> JSON = new ParameterizedTypeReference<>() {
	};

	private final ReactiveFunctionsOperations functions;

	/**
	 * Create the service.
	 * @param functions the reactive LivePerson Functions client
	 */
	public FunctionsService(ReactiveFunctionsOperations functions) {
		this.functions = functions;
	}

	/**
	 * Invoke a function by its UUID.
	 * @param functionUuid the function's UUID
	 * @param payload the payload, {@code null} for {@code {}}
	 * @param requestId the {@code X-Request-ID} to send, {@code null} to generate one
	 * @return the function's result; empty when it returned nothing
	 */
	public Mono<JsonNode> invoke(String functionUuid, @Nullable JsonNode payload, @Nullable String requestId) {
		return this.functions.invokeByUuid(functionUuid, payload, options(requestId), JSON);
	}

	/**
	 * Invoke every function bound to an event.
	 * @param eventId the event
	 * @param payload the payload, {@code null} for {@code {}}
	 * @param requestId the {@code X-Request-ID} to send, {@code null} to generate one
	 * @return one result per function that ran
	 */
	public Mono<List<EventInvocationResult<JsonNode>>> invokeEvent(String eventId, @Nullable JsonNode payload,
			@Nullable String requestId) {
		return this.functions.invokeByEvent(eventId, payload, options(requestId), JSON);
	}

	/**
	 * Whether a function is bound to the event.
	 * @param eventId the event
	 * @return {@code true} when invoking the event would run at least one function
	 */
	public Mono<Boolean> isImplemented(String eventId) {
		return this.functions.isImplemented(eventId);
	}

	private static InvocationOptions options(@Nullable String requestId) {
		return (requestId != null) ? InvocationOptions.builder().requestId(requestId).build()
				: InvocationOptions.none();
	}

}
