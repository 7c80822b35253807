package io.github.lpfunctions.emulator;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Each platform's listing in its real shape, with the fields a test registers through the
 * builder or the admin API, and the filters applied.
 */
class ListingShapesIntegrationTests {

	static FunctionsEmulator v1;

	static FunctionsEmulator v2;

	@BeforeAll
	static void start() {
		v1 = FunctionsEmulator.builder().function(functions()).start();
		v2 = FunctionsEmulator.builder().platform(Platform.V2).function(functions()).start();
	}

	@AfterAll
	static void stop() {
		v1.close();
		v2.close();
	}

	static EmulatedFunction[] functions() {
		return new EmulatedFunction[] {
				EmulatedFunction.echo("greeter")
					.withName("greeter")
					.withDescription("says hi")
					.withEvent("conversational_command")
					.withDetails(FunctionDetails.defaults()
						.withSkills("12", "34")
						.withSize("M")
						.withCompV1(true)
						.withVersion(3)
						.withImplementation("function lambda(i, cb) { cb(null, 'hi'); }", Map.of("lodash", "4.17.21"),
								Map.of("GREETING", "hi"))
						.withAuthors("alice", "bob")),
				EmulatedFunction.echo("drafted").withName("drafted").withState(FunctionState.DRAFT),
				EmulatedFunction.echo("changed")
					.withName("changed")
					.withState(FunctionState.MODIFIED)
					.withSkills("12") };
	}

	@Test
	void v1ListsLambdaRecordsWithTheirImplementation() {
		JsonNode greeter = list(v1, "/api/account/123456/lambdas?v=1&name=greeter").get(0);
		assertThat(greeter.propertyNames()).containsExactly("uuid", "name", "version", "description", "eventId",
				"state", "runtime", "createdAt", "createdBy", "updatedAt", "updatedBy", "lastDeployment",
				"implementation");
		assertThat(greeter.get("version").asInt()).isEqualTo(3);
		assertThat(greeter.get("createdBy").asString()).isEqualTo("alice");
		assertThat(greeter.get("updatedBy").asString()).isEqualTo("bob");
		assertThat(greeter.get("lastDeployment").get("lambdaVersion").asInt()).isEqualTo(3);
		JsonNode implementation = greeter.get("implementation");
		assertThat(implementation.get("code").asString()).isEqualTo("function lambda(i, cb) { cb(null, 'hi'); }");
		assertThat(implementation.get("dependencies").toString())
			.isEqualTo("[{\"key\":\"lodash\",\"value\":\"4.17.21\"}]");
		assertThat(implementation.get("environmentVariables").toString())
			.isEqualTo("[{\"key\":\"GREETING\",\"value\":\"hi\"}]");
	}

	@Test
	void v2ListsABareArrayInTheV2Shape() {
		JsonNode all = list(v2, "/api/account/123456/functions");
		assertThat(all.isArray()).isTrue();
		JsonNode greeter = all.get(0);
		assertThat(greeter.propertyNames()).containsExactly("name", "uuid", "state", "description", "createdAt",
				"createdBy", "updatedAt", "updatedBy", "isCompV1", "size", "eventId", "skills");
		assertThat(greeter.get("uuid").asString()).isEqualTo("greeter");
		assertThat(greeter.get("isCompV1").asBoolean()).isTrue();
		assertThat(greeter.get("size").asString()).isEqualTo("M");
		assertThat(greeter.get("skills").toString()).isEqualTo("[\"12\",\"34\"]");
		assertThat(greeter.get("createdBy").asString()).isEqualTo("alice");
		assertThat(all.get(1).get("skills").toString()).isEqualTo("[]");
		assertThat(all.get(1).get("isCompV1").asBoolean()).isFalse();
	}

	@Test
	void severalStatesListFunctionsInAnyOfThem() {
		assertThat(uuids(v1, "/api/account/123456/lambdas?v=1&state=Draft&state=Modified")).containsExactly("drafted",
				"changed");
		assertThat(uuids(v2, "/api/account/123456/functions?state=Productive&state=Modified"))
			.containsExactly("greeter", "changed");
		assertThat(uuids(v2, "/api/account/123456/functions?state=Draft&state=")).containsExactly("drafted");
	}

	@Test
	void v2FiltersByEventAndByEitherClientsNameParameter() {
		assertThat(uuids(v2, "/api/account/123456/functions?eventId=conversational_command"))
			.containsExactly("greeter");
		assertThat(uuids(v2, "/api/account/123456/functions?eventId=not-existing")).isEmpty();
		assertThat(uuids(v2, "/api/account/123456/functions?functionName=changed")).containsExactly("changed");
		assertThat(uuids(v2, "/api/account/123456/functions?userId=u1&name=changed")).containsExactly("changed");
	}

	@Test
	void userAndSkillFilterNothing() {
		assertThat(uuids(v2, "/api/account/123456/functions?userId=someone&skillId=99")).hasSize(3);
		assertThat(uuids(v1, "/api/account/123456/lambdas/?v=1&userId=someone&skillId=99")).hasSize(3);
	}

	@Test
	void theAdminApiRegistersWhatTheListingShows() {
		HttpExchanges admin = new HttpExchanges(v2);
		HttpResponse<String> put = admin.put("/emulator/functions/registered", """
				{"name": "registered", "state": "Productive", "skills": ["7"], "size": "XL", "isCompV1": true,
				 "version": 2, "code": "x", "dependencies": {"got": "11.8.6"},
				 "environmentVariables": {"MODE": "test"}, "createdBy": "carol"}""");
		assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
		assertThat(HttpExchanges.json(put).get("details").get("skills").toString()).isEqualTo("[\"7\"]");
		try {
			JsonNode registered = list(v2, "/api/account/123456/functions?functionName=registered").get(0);
			assertThat(registered.get("skills").toString()).isEqualTo("[\"7\"]");
			assertThat(registered.get("size").asString()).isEqualTo("XL");
			assertThat(registered.get("isCompV1").asBoolean()).isTrue();
			assertThat(registered.get("createdBy").asString()).isEqualTo("carol");
			assertThat(registered.get("updatedBy").asString()).isEqualTo("carol");
			HttpResponse<String> bad = admin.put("/emulator/functions/bad", "{\"size\": \"XXXL\"}");
			assertThat(bad.statusCode()).isEqualTo(400);
			assertThat(bad.body()).contains("'size' must be one of [S, M, L, XL, XXL]");
			assertThat(admin.put("/emulator/functions/bad", "{\"skills\": \"7\"}").body())
				.contains("'skills' must be an array of strings");
		}
		finally {
			v2.reset();
		}
	}

	@Test
	void detailsAreValidated() {
		assertThatIllegalArgumentException().isThrownBy(() -> FunctionDetails.defaults().withSize("huge"))
			.withMessageContaining("'size' must be one of");
		assertThatIllegalArgumentException().isThrownBy(() -> FunctionDetails.defaults().withVersion(0))
			.withMessage("'version' must be 1 or more");
	}

	private static JsonNode list(FunctionsEmulator emulator, String path) {
		HttpExchanges http = new HttpExchanges(emulator);
		HttpResponse<String> response = http.get(path, "Authorization", "Bearer " + http.accessToken());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return HttpExchanges.json(response);
	}

	private static List<String> uuids(FunctionsEmulator emulator, String path) {
		List<String> uuids = new ArrayList<>();
		list(emulator, path).forEach((function) -> uuids.add(function.get("uuid").asString()));
		return uuids;
	}

}
