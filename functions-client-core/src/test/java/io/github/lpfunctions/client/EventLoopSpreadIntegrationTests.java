package io.github.lpfunctions.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.netty.channel.EventLoop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.netty.resources.LoopResources;

import io.github.lpfunctions.emulator.FunctionsEmulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the connections of a cold burst live. Every call of a burst on a cold template
 * waits for the same discovery answer and the same token, and resumes on the event loop
 * that received them; the connections it then opens must still spread over the event
 * loops, or all later traffic runs on one core.
 */
class EventLoopSpreadIntegrationTests {

	private static final int CALLERS = 16;

	private FunctionsEmulator liveperson;

	@BeforeEach
	void start() {
		this.liveperson = Emulators.start();
	}

	@AfterEach
	void stop() {
		this.liveperson.close();
	}

	@Test
	void connectionsOfAColdBurstSpreadOverTheEventLoops() {
		Set<EventLoop> invocationLoops = ConcurrentHashMap.newKeySet();
		Set<Object> invocationConnections = ConcurrentHashMap.newKeySet();
		try (ReactiveFunctionsTemplate template = Emulators.templateBuilder(this.liveperson)
			.httpClientCustomizer((client) -> client.doOnRequest((request, connection) -> {
				if (request.uri().contains("/invoke")) {
					invocationConnections.add(connection.channel());
					invocationLoops.add(connection.channel().eventLoop());
				}
			}))
			.build()) {
			List<Map> results = Flux.range(0, CALLERS)
				.flatMap((i) -> template.invokeByUuid(Emulators.UUID, Map.of("caller", i), Map.class), CALLERS)
				.collectList()
				.block(Duration.ofSeconds(30));
			assertThat(results).hasSize(CALLERS);
		}
		assertThat(LoopResources.DEFAULT_IO_WORKER_COUNT).isGreaterThan(1);
		assertThat(invocationConnections).hasSizeGreaterThan(1);
		// colocated, all of them were on one loop; round-robin over the loops (Netty may
		// skip some: name resolution takes a loop too) they are on several
		assertThat(invocationLoops).hasSizeGreaterThan(1);
	}

}
