package io.github.lpfunctions.client;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;

import io.github.lpfunctions.client.discovery.ServiceEndpoints;

/**
 * One request to the gateway or the management host, in the shape of the account's
 * platform generation: V1 names the caller in an {@code externalSystem} query parameter
 * and asks for {@code v=1}; V2 names it in an {@code LP-EventSource} header. The path is
 * relative to the host, which comes from the endpoints resolved for this request.
 *
 * @param method the HTTP method
 * @param host the host the path is relative to
 * @param path the URI template of the path and query
 * @param variables the values of the template's variables
 * @param eventSource the {@code LP-EventSource} header, or {@code null} (V1)
 * @param body the JSON body, or {@code null}
 * @param description the request as failure messages name it
 * @param functionUuid the function it addresses, for failures, or {@code null}
 * @param eventId the event it addresses, for failures, or {@code null}
 * @author LivePerson Functions for Spring contributors
 */
record GatewayRequest(HttpMethod method, Host host, String path, Map<String, Object> variables,
		@Nullable String eventSource, @Nullable JsonBody body, String description, @Nullable String functionUuid,
		@Nullable String eventId) {

	private static final String ACCOUNT = "/api/account/{accountId}";

	static GatewayRequest invocation(String accountId, Platform platform, InvocationTarget target, JsonBody body,
			String eventSource, @Nullable String skillId) {
		Map<String, Object> variables = variables(accountId, platform, eventSource, skillId);
		String path = switch (target.kind()) {
			case FUNCTION -> ACCOUNT + "/lambdas/{functionUuid}/invoke";
			case EVENT -> ACCOUNT + "/events/{eventId}/invoke";
		};
		variables.put((target.kind() == InvocationTarget.Kind.FUNCTION) ? "functionUuid" : "eventId", target.id());
		return new GatewayRequest(HttpMethod.POST, Host.GATEWAY, path + query(platform, skillId), variables,
				eventSource(platform, eventSource), body, target.description(), target.functionUuid(),
				target.eventId());
	}

	/**
	 * The isImplemented request; the user id goes only to V2, as LivePerson's Node client
	 * sends it, V1's isImplemented taking none.
	 */
	static GatewayRequest isImplemented(String accountId, Platform platform, String eventId, @Nullable String skillId,
			@Nullable String userId, String eventSource, String description) {
		Map<String, Object> variables = variables(accountId, platform, eventSource, skillId);
		variables.put("eventId", eventId);
		String query = query(platform, skillId);
		if (platform == Platform.V2 && userId != null) {
			query += (query.isEmpty() ? "?" : "&") + "userId={userId}";
			variables.put("userId", userId);
		}
		return new GatewayRequest(HttpMethod.GET, Host.GATEWAY, ACCOUNT + "/events/{eventId}/isImplemented" + query,
				variables, eventSource(platform, eventSource), null, description, null, eventId);
	}

	private static Map<String, Object> variables(String accountId, Platform platform, String eventSource,
			@Nullable String skillId) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("accountId", accountId);
		if (platform == Platform.V1) {
			variables.put("externalSystem", eventSource);
		}
		if (skillId != null) {
			variables.put("skillId", skillId);
		}
		return variables;
	}

	private static String query(Platform platform, @Nullable String skillId) {
		String query = (platform == Platform.V1) ? "?v=1&externalSystem={externalSystem}" : "";
		if (skillId != null) {
			query += (query.isEmpty() ? "?" : "&") + "skillId={skillId}";
		}
		return query;
	}

	private static @Nullable String eventSource(Platform platform, String eventSource) {
		return (platform == Platform.V2) ? eventSource : null;
	}

	/**
	 * The host a request goes to.
	 */
	enum Host {

		/** The invocation gateway ({@code faasGW}). */
		GATEWAY,

		/** The function management host ({@code faasUI}). */
		MANAGEMENT;

		@Nullable URI of(ServiceEndpoints endpoints) {
			return (this == GATEWAY) ? endpoints.gateway() : endpoints.management();
		}

	}

}
