package io.github.lpfunctions.emulator.web;

import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import io.github.lpfunctions.emulator.sentinel.SentinelHandler;

/**
 * All routes of the emulator. Discovery and the gateway share the prefix
 * {@code /api/account/{accountId}} and differ in the next literal segment
 * ({@code service}, {@code lambdas}, {@code events}, {@code functions}), so no path
 * matches two routes.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class EmulatorRoutes {

	private EmulatorRoutes() {
	}

	/**
	 * Build the routes.
	 * @param csds the discovery handler
	 * @param sentinel the authorization server handler
	 * @param gateway the gateway handler
	 * @param admin the admin handler
	 * @param faults the fault filters
	 * @return the router function
	 */
	public static RouterFunction<ServerResponse> routes(CsdsHandler csds, SentinelHandler sentinel,
			GatewayHandler gateway, AdminHandler admin, FaultFilters faults) {
		RouterFunction<ServerResponse> discovery = RouterFunctions.route()
			.GET("/api/account/{accountId}/service/baseURI.json", csds::baseUris)
			.filter(faults.discovery())
			.build();
		RouterFunction<ServerResponse> authorizationServer = RouterFunctions.route()
			.POST("/sentinel/api/account/{accountId}/app/token", sentinel::appToken)
			.POST("/sentinel/api/v2/account/{accountId}/app/token", sentinel::appToken)
			.GET("/sentinel/api/account/{accountId}/authorize", sentinel::authorizePage)
			.POST("/sentinel/api/account/{accountId}/authorize", sentinel::login)
			.POST("/sentinel/api/account/{accountId}/token", sentinel::token)
			.POST("/sentinel/api/account/{accountId}/token/revoke", sentinel::revoke)
			.filter(faults.authorizationServer())
			.build();
		RouterFunction<ServerResponse> invocationGateway = RouterFunctions.route()
			.POST("/api/account/{accountId}/lambdas/{uuid}/invoke", gateway::invokeByUuid)
			.POST("/api/account/{accountId}/events/{eventId}/invoke", gateway::invokeByEvent)
			.GET("/api/account/{accountId}/events/{eventId}/isImplemented", gateway::isImplemented)
			.GET("/api/account/{accountId}/lambdas", gateway::listLambdas)
			.GET("/api/account/{accountId}/functions", gateway::listFunctions)
			.filter(faults.gateway())
			.build();
		RouterFunction<ServerResponse> adminApi = RouterFunctions.route()
			.GET("/emulator/functions", admin::listFunctions)
			.DELETE("/emulator/functions", admin::clearFunctions)
			.GET("/emulator/functions/{uuid}", admin::getFunction)
			.PUT("/emulator/functions/{uuid}", admin::putFunction)
			.DELETE("/emulator/functions/{uuid}", admin::deleteFunction)
			.GET("/emulator/requests", admin::listRequests)
			.DELETE("/emulator/requests", admin::clearRequests)
			.GET("/emulator/faults", admin::getFaults)
			.PUT("/emulator/faults", admin::putFaults)
			.DELETE("/emulator/faults", admin::clearFaults)
			.POST("/emulator/reset", admin::reset)
			.build();
		return discovery.and(authorizationServer).and(invocationGateway).and(adminApi);
	}

}
