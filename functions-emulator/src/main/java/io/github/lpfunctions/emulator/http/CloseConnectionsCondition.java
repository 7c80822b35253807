package io.github.lpfunctions.emulator.http;

import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether the emulator needs the {@link ConnectionCloseWebFilter}:
 * {@code functions.emulator.close-connections} when set, else whether the Reactor Netty
 * on the class path has the keep-alive bug, which is then logged once per JVM.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class CloseConnectionsCondition implements Condition {

	private static final Logger logger = LoggerFactory.getLogger(CloseConnectionsCondition.class);

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
				logger.warn("Reactor Netty {} can leave a keep-alive request unanswered (reactor/reactor-netty#4361): "
						+ "the emulator closes each connection after its response. Reactor Netty 1.3.8 or later "
						+ "(Reactor 2025.0.8, Spring Boot 4.0.9) keeps them open.", version);
			}
			return true;
		}
		return false;
	}

}
