package io.github.lpfunctions.sample.webflux;

import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.github.lpfunctions.client.EventInvocationResult;

/**
 * REST endpoints over {@link FunctionsService}, non-blocking end to end. A caller's
 * {@code X-Request-ID} header is passed on to LivePerson, so that both sides log the same
 * id. Failures become problem details ({@link FunctionsProblemHandler}).
 *
 * @author LivePerson Functions for Spring contributors
 */
@RestController
public class FunctionsController {

	private static final String REQUEST_ID = "X-Request-ID";

	private final FunctionsService service;

	/**
	 * Create the controller.
	 * @param service the service that calls LivePerson Functions
	 */
	public FunctionsController(FunctionsService service) {
		this.service = service;
	}

	/**
	 * Invoke a function by its UUID with the request body as payload.
	 * @param uuid the function's UUID
	 * @param payload the payload; none sends {@code {}}
	 * @param requestId the caller's request id, if any
	 * @return the function's result as JSON, or 204 when it returned nothing
	 */
	@PostMapping("/functions/{uuid}/invoke")
	public Mono<ResponseEntity<JsonNode>> invoke(@PathVariable String uuid,
			@RequestBody(required = false) @Nullable JsonNode payload,
			@RequestHeader(name = REQUEST_ID, required = false) @Nullable String requestId) {
		return this.service.invoke(uuid, payload, requestId)
			.map(ResponseEntity::ok)
			.defaultIfEmpty(ResponseEntity.noContent().build());
	}

	/**
	 * Invoke every function bound to an event with the request body as payload.
	 * @param eventId the event
	 * @param payload the payload; none sends {@code {}}
	 * @param requestId the caller's request id, if any
	 * @return one {@code {"uuid","timestamp","result"}} per function that ran
	 */
	@PostMapping("/events/{eventId}/invoke")
	public Mono<List<EventInvocationResult<JsonNode>>> invokeEvent(@PathVariable String eventId,
			@RequestBody(required = false) @Nullable JsonNode payload,
			@RequestHeader(name = REQUEST_ID, required = false) @Nullable String requestId) {
		return this.service.invokeEvent(eventId, payload, requestId);
	}

	/**
	 * Whether a function is bound to the event.
	 * @param eventId the event
	 * @return {@code {"eventId": ..., "implemented": true|false}}
	 */
	@GetMapping("/events/{eventId}/implemented")
	public Mono<EventImplementation> implemented(@PathVariable String eventId) {
		return this.service.isImplemented(eventId).map((implemented) -> new EventImplementation(eventId, implemented));
	}

	/**
	 * Whether a function is bound to an event.
	 *
	 * @param eventId the event
	 * @param implemented whether invoking the event would run at least one function
	 */
	public record EventImplementation(String eventId, boolean implemented) {

	}

}
