package io.github.lpfunctions.emulator.gateway;

import org.junit.jupiter.api.Test;

import io.github.lpfunctions.emulator.Platform;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorCodesTests {

	@Test
	void translatesBetweenPlatforms() {
		assertThat(ErrorCodes.forPlatform("com.liveperson.faas.es.badinput", Platform.V2))
			.isEqualTo("com.liveperson.faas.evg.invalid");
		assertThat(ErrorCodes.forPlatform("com.customer.faas.function.threw-error", Platform.V1))
			.isEqualTo("com.liveperson.faas.handler.custom-failure");
		assertThat(ErrorCodes.forPlatform("com.liveperson.faas.es.notdeployed", Platform.V2))
			.isEqualTo("com.liveperson.faas.es.notdeployed");
		assertThat(ErrorCodes.forPlatform("my.own.code", Platform.V1)).isEqualTo("my.own.code");
	}

	@Test
	void statusFollowsTheKindOfError() {
		assertThat(ErrorCodes.status("com.liveperson.faas.handler.runtime-exception")).isEqualTo(901);
		assertThat(ErrorCodes.status("com.customer.faas.function.execution-exceeded")).isEqualTo(901);
		assertThat(ErrorCodes.status("com.liveperson.faas.function.runtime.limit-reached")).isEqualTo(901);
		assertThat(ErrorCodes.status("com.liveperson.faas.evg.invalid")).isEqualTo(400);
		assertThat(ErrorCodes.status("com.liveperson.faas.function.not-found")).isEqualTo(404);
		assertThat(ErrorCodes.status("com.liveperson.faas.es.unavailable")).isEqualTo(502);
		assertThat(ErrorCodes.status("com.liveperson.faas.es.general")).isEqualTo(500);
		assertThat(ErrorCodes.status("com.liveperson.faas.self-service.pending")).isEqualTo(500);
	}

	@Test
	void bodiesFollowThePlatform() {
		assertThat(ErrorCodes.body(Platform.V1, "com.liveperson.faas.es.general", "m")).containsOnlyKeys("errorCode",
				"errorMsg", "errorLogs");
		assertThat(ErrorCodes.body(Platform.V2, "com.liveperson.faas.es.general", "m"))
			.containsEntry("code", "com.liveperson.faas.evg.general")
			.containsEntry("message", "m")
			.hasSize(2);
	}

}
