package io.github.lpfunctions.client;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.ParameterizedTypeReference;

import io.github.lpfunctions.emulator.EmulatedFunction;
import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RequestCapture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The emulator's users (after the merge of the emulator's user features): a service user
 * logged in through the Login API found as {@code agentVep}, a user's token per call that
 * the function sees as that user, a user without the FaaS-Invocation privilege refused
 * with 403, and a wrong password refused with 401.
 */
class EmulatedUsersIntegrationTests {

	private static final String WHO_AM_I = "11111111-2222-4333-8444-555555555555";

	private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static FunctionsEmulator liveperson;

	@BeforeAll
	static void start() {
		liveperson = Emulators.builder()
			.user("service-user", "service-password-1")
			.user("alice", "alice-password-2")
			.userWithoutPrivilege("bob", "bob-password-3")
			.function(EmulatedFunction.whoAmI(WHO_AM_I))
			.start();
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
	void listsAsAServiceUserLoggedInOnTheDiscoveredLoginApi() {
		RequestCapture logins = liveperson.faults().capture(Endpoint.LOGIN);
		RequestCapture listings = liveperson.faults().capture(Endpoint.LISTING);
		ReactiveFunctionsTemplate template = Emulators.templateBuilder(liveperson)
			.userLogin("service-user", "service-password-1")
			.build();

		assertThat(template.getLambdas(LambdaQuery.all()).block()).isNotEmpty();

		assertThat(logins.count()).isEqualTo(1);
		assertThat(logins.last().bodyAsString())
			.isEqualTo("{\"username\":\"service-user\",\"password\":\"service-password-1\"}");
		String bearer = JSON.readTree(logins.answers().get(0).body()).path("bearer").asString();
		assertThat(listings.last().header("Authorization")).isEqualTo("Bearer " + bearer);
	}

	@Test
	void aUsersTokenPerCallRunsTheFunctionAsThatUser() {
		ReactiveFunctionsTemplate template = Emulators.templateBuilder(liveperson).build();
		InvocationOptions asAlice = InvocationOptions.builder()
			.bearerToken(liveperson.issueUserAccessToken("alice", Duration.ofHours(1)))
			.build();

		Map<String, Object> asUser = template.invokeByUuid(WHO_AM_I, Map.of(), asAlice, MAP).block();
		Map<String, Object> asApplication = template.invokeByUuid(WHO_AM_I, Map.of(), InvocationOptions.none(), MAP)
			.block();

		assertThat(asUser).containsEntry("user", "alice");
		assertThat(asApplication).containsEntry("user", null).containsEntry("sub", Emulators.CLIENT_ID);
	}

	@Test
	void aUserWithoutThePrivilegeIsRefusedWith403() {
		ReactiveFunctionsTemplate template = Emulators.templateBuilder(liveperson).build();
		InvocationOptions asBob = InvocationOptions.builder()
			.bearerToken(liveperson.issueUserAccessToken("bob", Duration.ofHours(1)))
			.build();

		FaaSDetailedException forbidden = catchThrowableOfType(FaaSDetailedException.class,
				() -> template.invokeByUuid(WHO_AM_I, Map.of(), asBob, MAP).block());

		assertThat(forbidden.getStatusCode()).isEqualTo(403);
		assertThat(forbidden.getFaaSError().errorCode()).isEqualTo("com.liveperson.faas.es.forbidden");
	}

	@Test
	void aWrongPasswordIsRefusedWith401() {
		ReactiveFunctionsTemplate template = Emulators.templateBuilder(liveperson)
			.userLogin("service-user", "wrong-password")
			.build();

		FaaSAuthenticationException refused = catchThrowableOfType(FaaSAuthenticationException.class,
				() -> template.getLambdas(LambdaQuery.all()).block());

		assertThat(refused.getStatusCode()).isEqualTo(401);
		assertThat(refused.getMessage()).contains("service-user").doesNotContain("wrong-password");
	}

}
