package io.github.lpfunctions.emulator.admin;

import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import io.github.lpfunctions.emulator.EmulatedUser;
import io.github.lpfunctions.emulator.EmulatorReset;
import io.github.lpfunctions.emulator.FaultInjector;
import io.github.lpfunctions.emulator.FunctionRegistry;
import io.github.lpfunctions.emulator.RequestJournal;
import io.github.lpfunctions.emulator.UserDirectory;

/**
 * The admin API under {@code /emulator}: functions, users, recorded requests and faults.
 * Reads bodies with {@link FunctionSpec} and {@link FaultSpec} and answers with
 * {@link FunctionView}s and {@link FaultsView}s; a body that is not valid gets 400
 * {@code {"error"}}.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class AdminHandler {

	private final FunctionRegistry registry;

	private final RequestJournal journal;

	private final FaultInjector faults;

	private final EmulatorReset reset;

	private final UserDirectory users;

	private final JsonMapper jsonMapper;

	/**
	 * Create a new handler.
	 * @param registry the deployed functions
	 * @param journal the recorded requests
	 * @param faults the faults
	 * @param reset what {@code POST /emulator/reset} does, the same as
	 * {@code FunctionsEmulator#reset()}
	 * @param users the users
	 * @param jsonMapper the mapper for bodies
	 */
	public AdminHandler(FunctionRegistry registry, RequestJournal journal, FaultInjector faults, EmulatorReset reset,
			UserDirectory users, JsonMapper jsonMapper) {
		this.registry = registry;
		this.journal = journal;
		this.faults = faults;
		this.reset = reset;
		this.users = users;
		this.jsonMapper = jsonMapper;
	}

	/**
	 * {@code GET /emulator/users}: the users, without their passwords.
	 * @param request the request
	 * @return {@code [{"name","userId","invocationPrivilege"}]}
	 */
	public Mono<ServerResponse> listUsers(ServerRequest request) {
		return ok(this.users.all().stream().map(AdminHandler::userView).toList());
	}

	/**
	 * {@code PUT /emulator/users/{name}}: add or replace a user, from {@code {"password",
	 * "invocationPrivilege"}} (the privilege defaults to {@code true}).
	 * @param request the request
	 * @return the user, without the password
	 */
	public Mono<ServerResponse> putUser(ServerRequest request) {
		String name = request.pathVariable("name");
		return withBody(request, (spec) -> {
			SpecValues.requireObject(spec);
			String password = SpecValues.text(spec, "password");
			if (password == null) {
				throw new IllegalArgumentException("password is missing");
			}
			boolean privileged = !spec.has("invocationPrivilege") || spec.get("invocationPrivilege").asBoolean();
			EmulatedUser user = new EmulatedUser(name, password, privileged);
			this.users.put(user);
			return userView(user);
		});
	}

	/**
	 * {@code DELETE /emulator/users/{name}}.
	 * @param request the request
	 * @return 204, or 404 if there was no such user
	 */
	public Mono<ServerResponse> deleteUser(ServerRequest request) {
		return this.users.remove(request.pathVariable("name")) ? ServerResponse.noContent().build()
				: ServerResponse.notFound().build();
	}

	private static Map<String, Object> userView(EmulatedUser user) {
		return Map.of("name", user.name(), "userId", user.userId(), "invocationPrivilege", user.invocationPrivilege());
	}

	/**
	 * {@code PUT /emulator/functions/{uuid}}: deploy or replace a function.
	 * @param request the request
	 * @return the deployed function
	 */
	public Mono<ServerResponse> putFunction(ServerRequest request) {
		String uuid = request.pathVariable("uuid");
		return withBody(request, (spec) -> {
			this.registry.put(FunctionSpec.read(uuid, spec, this.jsonMapper));
			return FunctionView.of(this.registry.entry(uuid).orElseThrow());
		});
	}

	/**
	 * {@code GET /emulator/functions}.
	 * @param request the request
	 * @return the functions with their invocation counts
	 */
	public Mono<ServerResponse> listFunctions(ServerRequest request) {
		return ok(this.registry.entries().stream().map(FunctionView::of).toList());
	}

	/**
	 * {@code GET /emulator/functions/{uuid}}.
	 * @param request the request
	 * @return the function, or 404
	 */
	public Mono<ServerResponse> getFunction(ServerRequest request) {
		return this.registry.entry(request.pathVariable("uuid"))
			.map((entry) -> ok(FunctionView.of(entry)))
			.orElseGet(() -> ServerResponse.notFound().build());
	}

	/**
	 * {@code DELETE /emulator/functions/{uuid}}.
	 * @param request the request
	 * @return 204, or 404 if there was no such function
	 */
	public Mono<ServerResponse> deleteFunction(ServerRequest request) {
		return this.registry.remove(request.pathVariable("uuid")) ? ServerResponse.noContent().build()
				: ServerResponse.notFound().build();
	}

	/**
	 * {@code DELETE /emulator/functions}.
	 * @param request the request
	 * @return 204
	 */
	public Mono<ServerResponse> clearFunctions(ServerRequest request) {
		this.registry.clear();
		return ServerResponse.noContent().build();
	}

	/**
	 * {@code GET /emulator/requests}.
	 * @param request the request
	 * @return the recorded requests in arrival order
	 */
	public Mono<ServerResponse> listRequests(ServerRequest request) {
		return ok(this.journal.all());
	}

	/**
	 * {@code DELETE /emulator/requests}.
	 * @param request the request
	 * @return 204
	 */
	public Mono<ServerResponse> clearRequests(ServerRequest request) {
		this.journal.clear();
		return ServerResponse.noContent().build();
	}

	/**
	 * {@code POST /emulator/reset}: forget recorded requests, faults and invocation
	 * counts, and restore the start-up functions.
	 * @param request the request
	 * @return 204
	 */
	public Mono<ServerResponse> reset(ServerRequest request) {
		this.reset.run();
		return ServerResponse.noContent().build();
	}

	/**
	 * {@code GET /emulator/faults}.
	 * @param request the request
	 * @return the current faults
	 */
	public Mono<ServerResponse> getFaults(ServerRequest request) {
		return ok(FaultsView.of(this.faults));
	}

	/**
	 * {@code PUT /emulator/faults}: change the faults named in the body; gateway faults
	 * are appended to the queue.
	 * @param request the request
	 * @return the current faults
	 */
	public Mono<ServerResponse> putFaults(ServerRequest request) {
		return withBody(request, (spec) -> {
			FaultSpec.apply(spec, this.faults);
			return FaultsView.of(this.faults);
		});
	}

	/**
	 * {@code DELETE /emulator/faults}: remove every fault.
	 * @param request the request
	 * @return 204
	 */
	public Mono<ServerResponse> clearFaults(ServerRequest request) {
		this.faults.clear();
		return ServerResponse.noContent().build();
	}

	/**
	 * Read the JSON body (an empty one is {@code {}}) and answer with the view the action
	 * returns, or 400 if the body is not JSON or the action refuses it.
	 */
	private Mono<ServerResponse> withBody(ServerRequest request, Function<JsonNode, Object> action) {
		return request.bodyToMono(String.class).defaultIfEmpty("{}").map(this.jsonMapper::readTree).flatMap((spec) -> {
			Object view;
			try {
				view = action.apply(spec);
			}
			catch (IllegalArgumentException ex) {
				return badRequest(ex.getMessage());
			}
			return ok(view);
		}).onErrorResume(JacksonException.class, (ex) -> badRequest("Body is not valid JSON"));
	}

	private Mono<ServerResponse> ok(Object body) {
		return ServerResponse.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(this.jsonMapper.writeValueAsString(body));
	}

	private static Mono<ServerResponse> badRequest(@Nullable String message) {
		return ServerResponse.status(HttpStatus.BAD_REQUEST)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("error", (message != null) ? message : "Bad request"));
	}

}
