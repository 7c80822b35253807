package io.github.lpfunctions.client;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.lpfunctions.client.retry.RetrySettings;
import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.test.MovableClock;

import static io.github.lpfunctions.emulator.ScriptedResponse.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * isImplemented answers are cached per event and skill for their time to live; failures
 * never are.
 */
class IsImplementedCacheIntegrationTests {

	private final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));

	private static FunctionsEmulator liveperson;

	private final FunctionsTemplate template = new FunctionsTemplate(
			Emulators.templateBuilder(liveperson).clock(this.clock).retry(RetrySettings.none()).build());

	@BeforeAll
	static void start() {
		liveperson = Emulators.start();
	}

	@AfterAll
	static void stop() {
		liveperson.close();
	}

	@BeforeEach
	void reset() {
		liveperson.reset();
	}

	@Test
	void answersARepeatedQuestionFromTheCache() {
		assertThat(this.template.isImplemented("conversational_command")).isTrue();
		assertThat(this.template.isImplemented("conversational_command")).isTrue();
		assertThat(count(Endpoint.IS_IMPLEMENTED)).isEqualTo(1);
	}

	@Test
	void cachesPerEventAndSkill() {
		this.template.isImplemented("conversational_command");
		this.template.isImplemented("conversational_command", "skill-1");
		this.template.isImplemented("conversational_command", "skill-2");
		this.template.isImplemented("bot_connectors_pre_hook");
		this.template.isImplemented("conversational_command", "skill-1");
		assertThat(count(Endpoint.IS_IMPLEMENTED)).isEqualTo(4);
	}

	@Test
	void asksAgainOnceTheAnswerHasExpired() {
		liveperson.faults().respondNext(Endpoint.IS_IMPLEMENTED, json(200, "{\"implemented\":false}"));
		assertThat(this.template.isImplemented("conversational_command")).isFalse();
		this.clock.advance(Duration.ofSeconds(59));
		assertThat(this.template.isImplemented("conversational_command")).isFalse();
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(this.template.isImplemented("conversational_command")).isTrue();
		assertThat(count(Endpoint.IS_IMPLEMENTED)).isEqualTo(2);
	}

	@Test
	void neverCachesAFailure() {
		liveperson.faults().respondNext(Endpoint.IS_IMPLEMENTED, json(500, "{}"));
		assertThatExceptionOfType(FaaSDetailedException.class)
			.isThrownBy(() -> this.template.isImplemented("conversational_command"));
		assertThat(this.template.isImplemented("conversational_command")).isTrue();
		assertThat(count(Endpoint.IS_IMPLEMENTED)).isEqualTo(2);
	}

	@Test
	void rejectsAnAnswerWithoutTheImplementedField() {
		liveperson.faults().respondNext(Endpoint.IS_IMPLEMENTED, json(200, "{}"));
		assertThatExceptionOfType(FaaSException.class)
			.isThrownBy(() -> this.template.isImplemented("conversational_command"))
			.withMessageContaining("'implemented'");
	}

	@Test
	void staysBoundedInSize() {
		FunctionsTemplate small = new FunctionsTemplate(
				Emulators.templateBuilder(liveperson).clock(this.clock).isImplementedCacheSize(2).build());
		small.isImplemented("a");
		small.isImplemented("b");
		small.isImplemented("c");
		small.isImplemented("a");
		assertThat(count(Endpoint.IS_IMPLEMENTED)).isEqualTo(4);
	}

	private static int count(Endpoint endpoint) {
		return liveperson.requests().to(endpoint).size();
	}

}
