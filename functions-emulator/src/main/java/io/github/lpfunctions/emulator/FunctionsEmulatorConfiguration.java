package io.github.lpfunctions.emulator;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.netty.resources.LoopResources;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.codec.autoconfigure.CodecsAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.reactor.netty.autoconfigure.NettyReactiveWebServerAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.HttpHandlerAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.error.ErrorWebFluxAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

import io.github.lpfunctions.emulator.sentinel.AuthorizationGrants;
import io.github.lpfunctions.emulator.sentinel.SentinelHandler;
import io.github.lpfunctions.emulator.sentinel.TokenIssuer;
import io.github.lpfunctions.emulator.web.AdminHandler;
import io.github.lpfunctions.emulator.web.AdvertisedAddress;
import io.github.lpfunctions.emulator.web.ConnectionCloseWebFilter;
import io.github.lpfunctions.emulator.web.CsdsHandler;
import io.github.lpfunctions.emulator.web.EmulatorRoutes;
import io.github.lpfunctions.emulator.web.FaultFilters;
import io.github.lpfunctions.emulator.web.GatewayHandler;
import io.github.lpfunctions.emulator.web.RequestRecordingWebFilter;

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
	 * one emulator (or any other context in the JVM) would stop every server sharing
	 * them.
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

	@Bean
	Clock functionsEmulatorClock() {
		return Clock.systemUTC();
	}

	/**
	 * The functions of {@code functions.emulator.functions[n]} and every
	 * {@link EmulatedFunction} bean, deployed before the server starts; a reset restores
	 * them.
	 * @param properties the emulator properties
	 * @param functions the function beans (those of {@link FunctionsEmulator.Builder})
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
	AuthorizationGrants authorizationGrants(Clock clock) {
		return new AuthorizationGrants(clock);
	}

	@Bean
	AdvertisedAddress advertisedAddress(FunctionsEmulatorProperties properties) {
		return new AdvertisedAddress(properties.getHost());
	}

	@Bean
	RequestRecordingWebFilter requestRecordingWebFilter(RequestJournal journal, Clock clock) {
		return new RequestRecordingWebFilter(journal, clock);
	}

	@Bean
	@Conditional(CloseConnectionsCondition.class)
	ConnectionCloseWebFilter connectionCloseWebFilter() {
		return new ConnectionCloseWebFilter();
	}

	@Bean
	RouterFunction<ServerResponse> functionsEmulatorRoutes(FunctionsEmulatorProperties properties,
			FunctionRegistry registry, RequestJournal journal, FaultInjector faults, TokenIssuer tokenIssuer,
			AuthorizationGrants grants, AdvertisedAddress address, JsonMapper jsonMapper, Clock clock) {
		Runnable reset = () -> FunctionsEmulator.reset(registry, journal, faults);
		return EmulatorRoutes.routes(new CsdsHandler(properties, address),
				new SentinelHandler(properties, tokenIssuer, grants),
				new GatewayHandler(properties, registry, tokenIssuer, jsonMapper, clock),
				new AdminHandler(registry, journal, faults, reset, jsonMapper), new FaultFilters(faults, properties));
	}

	static EmulatedFunction toFunction(FunctionsEmulatorProperties.Function properties, JsonMapper jsonMapper) {
		String uuid = properties.getUuid();
		if (uuid == null) {
			throw new IllegalStateException("functions.emulator.functions[].uuid must be set");
		}
		EmulatedFunction function = EmulatedFunction.echo(uuid)
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

	/**
	 * {@code functions.emulator.close-connections} when set, else whether the Reactor
	 * Netty on the class path has the keep-alive bug, which is then logged once per JVM.
	 */
	static class CloseConnectionsCondition implements Condition {

		private static final Logger logger = LoggerFactory.getLogger(FunctionsEmulator.class);

		private static final AtomicBoolean warned = new AtomicBoolean();

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			Boolean configured = context.getEnvironment()
				.getProperty("functions.emulator.close-connections", Boolean.class);
			if (configured != null) {
				return configured;
			}
			String version = ConnectionCloseWebFilter.reactorNettyVersion();
			if (ConnectionCloseWebFilter.isNeededFor(version)) {
				if (warned.compareAndSet(false, true)) {
					logger
						.warn("Reactor Netty {} can leave a keep-alive request unanswered (reactor/reactor-netty#4361): "
								+ "the emulator closes each connection after its response. Reactor Netty 1.3.8 or later "
								+ "(Reactor 2025.0.8, Spring Boot 4.0.9) keeps them open.", version);
				}
				return true;
			}
			return false;
		}

	}

}
