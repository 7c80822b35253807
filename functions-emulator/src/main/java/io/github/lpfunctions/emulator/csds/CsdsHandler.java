package io.github.lpfunctions.emulator.csds;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import io.github.lpfunctions.emulator.FunctionsEmulatorProperties;

/**
 * Service discovery (CSDS): every service points to the emulator itself.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class CsdsHandler {

	/** Services that discovery lists, the ones the clients use first. */
	public static final List<String> SERVICES = List.of("faasGW", "sentinel", "faasUI", "agentVep", "asyncMessagingEnt",
			"accountConfigReadOnly");

	private final FunctionsEmulatorProperties properties;

	private final AdvertisedAddress address;

	/**
	 * Create a new handler.
	 * @param properties the emulator configuration
	 * @param address the advertised address
	 */
	public CsdsHandler(FunctionsEmulatorProperties properties, AdvertisedAddress address) {
		this.properties = properties;
		this.address = address;
	}

	/**
	 * {@code GET /api/account/{accountId}/service/baseURI.json}.
	 * @param request the request
	 * @return the base URIs, or 404 for an unknown account
	 */
	public Mono<ServerResponse> baseUris(ServerRequest request) {
		String account = request.pathVariable("accountId");
		if (!this.properties.getAccountId().equals(account)) {
			return ServerResponse.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(Map.of("error", "Account " + account + " not found"));
		}
		List<Map<String, String>> baseUris = SERVICES.stream().map((service) -> {
			Map<String, String> entry = new LinkedHashMap<>();
			entry.put("service", service);
			entry.put("account", account);
			entry.put("baseURI", this.address.authority());
			return entry;
		}).toList();
		return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("baseURIs", baseUris));
	}

}
