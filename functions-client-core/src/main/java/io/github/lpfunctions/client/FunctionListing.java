package io.github.lpfunctions.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpMethod;

/**
 * One function listing: the request in the platform's shape and the reader of its answer,
 * a bare JSON array on both platforms.
 * <p>
 * Where the shapes come from: V1 lists at {@code /lambdas?v=1} with {@code userId},
 * {@code state}, {@code eventId} and {@code name}, as the official Java client
 * (faas-client-jdk 1.1.4, {@code FaaSWebClient#getLambdas}) sends them, into its
 * {@code LambdaResponse} ({@link LambdaSummary}). V2 lists at {@code /functions} with
 * {@code userId}, a repeated {@code state}, {@code eventId} and {@code functionName}, as
 * LivePerson's Node client 2.2.0 sends them ({@code performGetFunctionsRequest}), into
 * the 2.0 Java client's {@code FunctionResponse} and faas-cli's {@code LPFnMeta}
 * ({@link FunctionSummary}).
 *
 * @param <T> the type of a listed function
 * @author LivePerson Functions for Spring contributors
 */
final class FunctionListing<T> {

	private static final ParameterizedTypeReference<List<LambdaSummary>> LAMBDAS = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<FunctionSummary>> FUNCTIONS = new ParameterizedTypeReference<>() {
	};

	private final String operation;

	private final @Nullable String userId;

	private final List<String> states;

	private final @Nullable String eventId;

	private final @Nullable String name;

	private final boolean v2Only;

	private final ParameterizedTypeReference<List<T>> type;

	private final Predicate<T> filter;

	private FunctionListing(String operation, @Nullable String userId, List<String> states, @Nullable String eventId,
			@Nullable String name, boolean v2Only, ParameterizedTypeReference<List<T>> type, Predicate<T> filter) {
		this.operation = operation;
		this.userId = userId;
		this.states = states;
		this.eventId = eventId;
		this.name = name;
		this.v2Only = v2Only;
		this.type = type;
		this.filter = filter;
	}

	/**
	 * The listing of {@code getLambdas}: the V1 listing on V1 accounts, the V2 listing
	 * read into the V1 record on V2 accounts, as the Node client's {@code getLambdas}.
	 */
	static FunctionListing<LambdaSummary> lambdas(LambdaQuery query) {
		return new FunctionListing<>("get-lambdas", query.userId(), query.states(), query.eventId(), query.name(),
				false, LAMBDAS, (lambda) -> true);
	}

	/**
	 * The listing of {@code getFunctions}: V2 accounts only, as the 2.0 Java client's
	 * {@code getFunctions}.
	 */
	static FunctionListing<FunctionSummary> functions(FunctionQuery query) {
		return new FunctionListing<>("get-functions", query.userId(), query.states(), query.eventId(), query.name(),
				true, FUNCTIONS, query::matchesSkill);
	}

	String operation() {
		return this.operation;
	}

	GatewayRequest request(String accountId, Platform platform, @Nullable String eventSource, String description) {
		if (this.v2Only && platform != Platform.V2) {
			throw new FaaSException(description + " failed: getFunctions lists V2 functions, but account " + accountId
					+ " runs on platform " + platform + "; use getLambdas", null);
		}
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("accountId", accountId);
		StringBuilder path = new StringBuilder("/api/account/{accountId}/");
		path.append((platform == Platform.V1) ? "lambdas?v=1" : "functions?");
		filter(path, variables, "userId", "userId", this.userId);
		for (int i = 0; i < this.states.size(); i++) {
			filter(path, variables, "state", "state" + i, this.states.get(i));
		}
		filter(path, variables, "eventId", "eventId", this.eventId);
		filter(path, variables, (platform == Platform.V1) ? "name" : "functionName", "name", this.name);
		return new GatewayRequest(HttpMethod.GET, GatewayRequest.Host.MANAGEMENT, path.toString().replace("?&", "?"),
				variables, (platform == Platform.V2) ? eventSource : null, null, description, null, null);
	}

	List<T> read(DataBuffer body, String description) {
		List<T> listed = PayloadJson.readAnswer(body, this.type.getType(), description);
		return (listed != null) ? listed.stream().filter(this.filter).toList() : List.of();
	}

	private static void filter(StringBuilder path, Map<String, Object> variables, String parameter, String variable,
			@Nullable String value) {
		if (value != null) {
			path.append('&').append(parameter).append("={").append(variable).append('}');
			variables.put(variable, value);
		}
	}

}
