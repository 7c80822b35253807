package io.github.lpfunctions.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

import reactor.netty.resources.LoopResources;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.reactor.netty.autoconfigure.NettyReactiveWebServerAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.HttpHandlerAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.error.ErrorWebFluxAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

import io.github.lpfunctions.emulator.admin.AdminHandler;
import io.github.lpfunctions.emulator.csds.AdvertisedAddress;
import io.github.lpfunctions.emulator.csds.CsdsHandler;
import io.github.lpfunctions.emulator.gateway.InvocationHandler;
import io.github.lpfunctions.emulator.gateway.ListingHandler;
import io.github.lpfunctions.emulator.http.CloseConnectionsCondition;
import io.github.lpfunctions.emulator.http.ConnectionCloseWebFilter;
import io.github.lpfunctions.emulator.http.RequestRecordingWebFilter;
import io.github.lpfunctions.emulator.login.LoginHandler;
import io.github.lpfunctions.emulator.sentinel.AuthorizationGrants;
import io.github.lpfunctions.emulator.sentinel.AuthorizeHandler;
import io.github.lpfunctions.emulator.sentinel.RevokeHandler;
import io.github.lpfunctions.emulator.sentinel.TokenHandler;
import io.github.lpfunctions.emulator.sentinel.TokenIssuer;
import io.github.lpfunctions.emulator.web.EmulatorRoutes;
import io.github.lpfunctions.emulator.web.FaultFilters;

/**
 * The emulator's application context: exactly the auto-configurations a WebFlux server on
 * Reactor Netty needs (never {@code @EnableAutoConfiguration}, so whatever else is on the
 * class path of a host application stays out) and the emulator's own beans.
 *
 * @author LivePerson Functions for Spring contributors
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({ JacksonAutoConfiguration.class, CodecsAutoConfiguration.class,
		NettyReactiveWebServerAutoConfiguration.class, HttpHandlerAutoConfiguration.class,
		WebFluxAutoConfiguration.class, ErrorWebFluxAutoConfiguration.class })
@EnableConfigurationProperties(FunctionsEmulatorProperties.class)
public class FunctionsEmulatorConfiguration {

	/**
	 * Event loops of the emulator's own: with Reactor Netty's global resources, stopping
	 * one emulator (or any other context in the JVM) would stop every server on them.
	 * @return the resource factory
	 */
	@Bean
	ReactorResourceFactory functionsEmulatorResourceFactory() {
		ReactorResourceFactory factory = new ReactorResourceFactory();
		factory.setUseGlobalResources(false);
		factory.setLoopResourcesSupplier(() -> LoopResources.create("functions-emulator", 2, true));
		factory.setShutdownQuietPeriod(Duration.ZERO);
		return factory;
	}

	/**
	 * The clock of token expiry, authorization codes and every timestamp the emulator
	 * writes: the system's, unless the context has one (the builder's).
	 * @return the clock
	 */
	@Bean
	@ConditionalOnMissingBean
	Clock functionsEmulatorClock() {
		return Clock.systemUTC();
	}

	/**
	 * The functions of {@code functions.emulator.functions[n]} and every
	 * {@link EmulatedFunction} bean, deployed before the server starts, and again by
	 * every reset.
	 * @param properties the emulator properties
	 * @param functions the function beans (those the builder deploys)
	 * @param jsonMapper the mapper for JSON results
	 * @param clock the clock
	 * @return the registry
	 */
	@Bean
	FunctionRegistry functionRegistry(FunctionsEmulatorProperties properties,
			ObjectProvider<EmulatedFunction> functions, JsonMapper jsonMapper, Clock clock) {
		FunctionRegistry registry = new FunctionRegistry(clock);
		properties.getFunctions().forEach((function) -> registry.put(toFunction(function, jsonMapper)));
		functions.orderedStream().forEach(registry::put);
		registry.captureBaseline();
		return registry;
	}

	@Bean
	RequestJournal requestJournal(FunctionsEmulatorProperties properties) {
		return new RequestJournal(properties.getMaxRecordedRequests());
	}

	@Bean
	FaultInjector faultInjector() {
		return new FaultInjector();
	}

	/**
	 * The users of {@code functions.emulator.users} (with the FaaS-Invocation privilege)
	 * and {@code functions.emulator.users-without-invocation}, restored by every reset.
	 * @param properties the emulator properties
	 * @return the directory
	 */
	@Bean
	UserDirectory userDirectory(FunctionsEmulatorProperties properties) {
		UserDirectory users = new UserDirectory();
		properties.getUsers().forEach((name, password) -> users.put(new EmulatedUser(name, password, true)));
		properties.getUsersWithoutInvocation()
			.forEach((name, password) -> users.put(new EmulatedUser(name, password, false)));
		users.captureBaseline();
		return users;
	}

	@Bean
	EmulatorReset emulatorReset(FunctionRegistry functions, RequestJournal requests, FaultInjector faults,
			UserDirectory users) {
		return new EmulatorReset(functions, requests, faults, users);
	}

	@Bean
	TokenIssuer tokenIssuer(FunctionsEmulatorProperties properties, JsonMapper jsonMapper, Clock clock) {
		String signingKey = properties.getSigningKey();
		byte[] key = (signingKey != null) ? signingKey.getBytes(StandardCharsets.UTF_8) : TokenIssuer.randomKey();
		if (key.length < 32) {
			throw new IllegalStateException(
					"functions.emulator.signing-key must have at least 32 bytes (HS256), it has " + key.length);
		}
		return new TokenIssuer(key, clock, jsonMapper);
	}

	@Bean
	AuthorizationGrants authorizationGrants(FunctionsEmulatorProperties properties, Clock clock) {
		return new AuthorizationGrants(clock, properties.getRefreshTokenLifetime());
	}

	@Bean
	AdvertisedAddress advertisedAddress(FunctionsEmulatorProperties properties) {
		return new AdvertisedAddress(properties.getHost());
	}

	@Bean
	RequestRecordingWebFilter requestRecordingWebFilter(RequestJournal journal, JsonMapper jsonMapper, Clock clock) {
		return new RequestRecordingWebFilter(journal, jsonMapper, clock);
	}

	@Bean
	@Conditional(CloseConnectionsCondition.class)
	ConnectionCloseWebFilter connectionCloseWebFilter() {
		return new ConnectionCloseWebFilter();
	}

	@Bean
	RouterFunction<ServerResponse> functionsEmulatorRoutes(FunctionsEmulatorProperties properties,
			FunctionRegistry registry, RequestJournal journal, FaultInjector faults, EmulatorReset reset,
			TokenIssuer tokenIssuer, AuthorizationGrants grants, UserDirectory users, AdvertisedAddress address,
			JsonMapper jsonMapper, Clock clock) {
		FaultFilters faultFilters = new FaultFilters(faults, properties);
		return EmulatorRoutes.discovery(new CsdsHandler(properties, address), faultFilters)
			.and(EmulatorRoutes.authorizationServer(new TokenHandler(properties, tokenIssuer, users, grants),
					new AuthorizeHandler(properties, users, grants), new RevokeHandler(tokenIssuer, grants), properties,
					faultFilters))
			.and(EmulatorRoutes.login(new LoginHandler(properties, users, tokenIssuer, jsonMapper, clock),
					faultFilters))
			.and(EmulatorRoutes.gateway(new InvocationHandler(properties, registry, jsonMapper, clock),
					new ListingHandler(properties.getPlatform(), registry, jsonMapper), tokenIssuer, users, properties,
					faultFilters))
			.and(EmulatorRoutes.admin(new AdminHandler(registry, journal, faults, reset, users, jsonMapper)))
			.and(EmulatorRoutes.unknownApiPaths(properties));
	}

	static EmulatedFunction toFunction(FunctionsEmulatorProperties.Function properties, JsonMapper jsonMapper) {
		String uuid = properties.getUuid();
		if (uuid == null) {
			throw new IllegalStateException("functions.emulator.functions[].uuid must be set");
		}
		EmulatedFunction function = (properties.isWhoAmI() ? EmulatedFunction.whoAmI(uuid)
				: EmulatedFunction.echo(uuid))
			.withDescription(properties.getDescription())
			.withEvent(properties.getEvent())
			.withState(FunctionState.parse(properties.getState()))
			.withDelay(properties.getDelay());
		if (properties.getName() != null) {
			function = function.withName(properties.getName());
		}
		if (properties.getErrorCode() != null) {
			return function.withError(properties.getErrorCode(), properties.getErrorMessage())
				.withErrorStatus(properties.getErrorStatus());
		}
		String result = properties.getResult();
		if (result != null) {
			Object value;
			try {
				value = jsonMapper.readValue(result, Object.class);
			}
			catch (JacksonException ex) {
				value = result;
			}
			function = function.withResult(value);
		}
		return function;
	}

}
