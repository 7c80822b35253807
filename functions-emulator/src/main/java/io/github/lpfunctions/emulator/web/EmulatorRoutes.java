package io.github.lpfunctions.emulator.web;

import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import io.github.lpfunctions.emulator.FunctionsEmulatorProperties;
import io.github.lpfunctions.emulator.UserDirectory;
import io.github.lpfunctions.emulator.admin.AdminHandler;
import io.github.lpfunctions.emulator.csds.CsdsHandler;
import io.github.lpfunctions.emulator.gateway.BearerTokenFilter;
import io.github.lpfunctions.emulator.gateway.ErrorCodes;
import io.github.lpfunctions.emulator.gateway.EventSourceFilter;
import io.github.lpfunctions.emulator.gateway.GatewayErrorFilter;
import io.github.lpfunctions.emulator.gateway.GatewayErrorResponse;
import io.github.lpfunctions.emulator.gateway.InvocationHandler;
import io.github.lpfunctions.emulator.gateway.ListingHandler;
import io.github.lpfunctions.emulator.login.LoginHandler;
import io.github.lpfunctions.emulator.sentinel.AuthorizeHandler;
import io.github.lpfunctions.emulator.sentinel.ClientAuthenticationFilter;
import io.github.lpfunctions.emulator.sentinel.RevokeHandler;
import io.github.lpfunctions.emulator.sentinel.TokenHandler;
import io.github.lpfunctions.emulator.sentinel.TokenIssuer;

/**
 * All routes of the emulator, one group per host, each with its filters: the first filter
 * of a group runs first. Discovery and the gateway share the prefix
 * {@code /api/account/{accountId}}, as does the Login API, and differ in the next literal
 * segment ({@code service}, {@code lambdas}, {@code events}, {@code functions},
 * {@code login}, {@code refresh}), so no path matches two routes.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class EmulatorRoutes {

	private EmulatorRoutes() {
	}

	/**
	 * Service discovery (CSDS), which is down while the fault says so.
	 * @param csds the discovery handler
	 * @param faults the fault filters
	 * @return the routes
	 */
	public static RouterFunction<ServerResponse> discovery(CsdsHandler csds, FaultFilters faults) {
		return RouterFunctions.route()
			.GET("/api/account/{accountId}/service/baseURI.json", csds::baseUris)
			.filter(faults.discovery())
			.build();
	}

	/**
	 * The authorization server (Sentinel): the token and revocation endpoints behind
	 * client authentication, the login page without; all down while the fault says so.
	 * @param tokens the token endpoints
	 * @param authorize the login page and form
	 * @param revoke the revocation endpoint
	 * @param properties the emulator configuration (client, query credentials)
	 * @param faults the fault filters
	 * @return the routes
	 */
	public static RouterFunction<ServerResponse> authorizationServer(TokenHandler tokens, AuthorizeHandler authorize,
			RevokeHandler revoke, FunctionsEmulatorProperties properties, FaultFilters faults) {
		RouterFunction<ServerResponse> clientCredentials = RouterFunctions.route()
			.POST("/sentinel/api/account/{accountId}/app/token", tokens::appToken)
			.POST("/sentinel/api/v2/account/{accountId}/app/token", tokens::appToken)
			.filter(ClientAuthenticationFilter.forAppToken(properties))
			.build();
		RouterFunction<ServerResponse> login = RouterFunctions.route()
			.GET("/sentinel/api/account/{accountId}/authorize", authorize::authorizePage)
			.POST("/sentinel/api/account/{accountId}/authorize", authorize::login)
			.build();
		RouterFunction<ServerResponse> oauth = RouterFunctions.route()
			.POST("/sentinel/api/account/{accountId}/token", tokens::token)
			.POST("/sentinel/api/account/{accountId}/token/revoke", revoke::revoke)
			.filter(ClientAuthenticationFilter.forOAuth(properties))
			.build();
		return RouterFunctions.route()
			.add(clientCredentials)
			.add(login)
			.add(oauth)
			.filter(faults.authorizationServer())
			.build();
	}

	/**
	 * The Login API ({@code agentVep}).
	 * @param login the login handler
	 * @param faults the fault filters
	 * @return the routes
	 */
	public static RouterFunction<ServerResponse> login(LoginHandler login, FaultFilters faults) {
		return RouterFunctions.route()
			.POST("/api/account/{accountId}/login", login::login)
			.POST("/api/account/{accountId}/refresh", login::refresh)
			.filter(faults.login())
			.build();
	}

	/**
	 * The gateway: the injected latency and faults first, then the bearer token, then
	 * (for invocations) the event source; every rejection in the platform's error format.
	 * @param invocations the invocation handler
	 * @param listing the listing handler
	 * @param tokenIssuer the verifier of bearer tokens
	 * @param users the users and their privileges
	 * @param properties the emulator configuration (platform)
	 * @param faults the fault filters
	 * @return the routes
	 */
	public static RouterFunction<ServerResponse> gateway(InvocationHandler invocations, ListingHandler listing,
			TokenIssuer tokenIssuer, UserDirectory users, FunctionsEmulatorProperties properties, FaultFilters faults) {
		RouterFunction<ServerResponse> invocation = RouterFunctions.route()
			.POST("/api/account/{accountId}/lambdas/{uuid}/invoke", invocations::invokeByUuid)
			.POST("/api/account/{accountId}/events/{eventId}/invoke", invocations::invokeByEvent)
			.filter(BearerTokenFilter.forInvocations(tokenIssuer, users))
			.filter(EventSourceFilter.forInvocations(properties.getPlatform()))
			.build();
		RouterFunction<ServerResponse> isImplemented = RouterFunctions.route()
			.GET("/api/account/{accountId}/events/{eventId}/isImplemented", invocations::isImplemented)
			.filter(BearerTokenFilter.forInvocations(tokenIssuer, users))
			.filter(EventSourceFilter.forIsImplemented(properties.getPlatform()))
			.build();
		// LivePerson's Node client lists with a trailing slash, which the platform serves
		RouterFunction<ServerResponse> management = RouterFunctions.route()
			.GET("/api/account/{accountId}/lambdas", listing::listLambdas)
			.GET("/api/account/{accountId}/lambdas/", listing::listLambdas)
			.GET("/api/account/{accountId}/functions", listing::listFunctions)
			.GET("/api/account/{accountId}/functions/", listing::listFunctions)
			.filter(BearerTokenFilter.forManagement(tokenIssuer, users, properties.isListingRequiresUser()))
			.build();
		return RouterFunctions.route()
			.add(invocation)
			.add(isImplemented)
			.add(management)
			.filter(faults.gateway())
			.filter(new GatewayErrorFilter(properties.getPlatform()))
			.build();
	}

	/**
	 * Every other path under {@code /api/}: 404 in the platform's error body, as the
	 * platform answers, rather than the framework's. Must come after all routes under
	 * {@code /api/}.
	 * @param properties the emulator configuration (platform)
	 * @return the route
	 */
	public static RouterFunction<ServerResponse> unknownApiPaths(FunctionsEmulatorProperties properties) {
		return RouterFunctions.route()
			.route(RequestPredicates.path("/api/**"),
					(request) -> GatewayErrorResponse.of(properties.getPlatform(), 404, ErrorCodes.GENERAL,
							"Not found: " + request.method() + " " + request.path()))
			.build();
	}

	/**
	 * The admin API under {@code /emulator}, never faulty.
	 * @param admin the admin handler
	 * @return the routes
	 */
	public static RouterFunction<ServerResponse> admin(AdminHandler admin) {
		return RouterFunctions.route()
			.GET("/emulator/functions", admin::listFunctions)
			.DELETE("/emulator/functions", admin::clearFunctions)
			.GET("/emulator/functions/{uuid}", admin::getFunction)
			.PUT("/emulator/functions/{uuid}", admin::putFunction)
			.DELETE("/emulator/functions/{uuid}", admin::deleteFunction)
			.GET("/emulator/users", admin::listUsers)
			.PUT("/emulator/users/{name}", admin::putUser)
			.DELETE("/emulator/users/{name}", admin::deleteUser)
			.GET("/emulator/requests", admin::listRequests)
			.DELETE("/emulator/requests", admin::clearRequests)
			.GET("/emulator/faults", admin::getFaults)
			.PUT("/emulator/faults", admin::putFaults)
			.DELETE("/emulator/faults", admin::clearFaults)
			.POST("/emulator/reset", admin::reset)
			.build();
	}

}
