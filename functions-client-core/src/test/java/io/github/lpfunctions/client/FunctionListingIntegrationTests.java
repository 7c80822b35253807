package io.github.lpfunctions.client;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.lpfunctions.emulator.EmulatedFunction;
import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionDetails;
import io.github.lpfunctions.emulator.FunctionState;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RequestCapture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Both listings at the wire: the query as it arrives, and the emulator's listing in each
 * platform's shape read back, blocking and reactive.
 */
class FunctionListingIntegrationTests {

	private static final String GREETER = "6f1c2a9e-0b7d-4c3e-9a51-2d8e4f6a7b10";

	private static final String CHANGED = "7a2d3b0f-1c8e-4d4f-8b62-3e9f5a7b8c21";

	private static FunctionsEmulator v1;

	private static FunctionsEmulator v2;

	private RequestCapture v1Listings;

	private RequestCapture v2Listings;

	@BeforeAll
	static void start() {
		v1 = Emulators.builder().function(functions()).start();
		v2 = Emulators.builder().platform(io.github.lpfunctions.emulator.Platform.V2).function(functions()).start();
	}

	@AfterAll
	static void stop() {
		v1.close();
		v2.close();
	}

	@BeforeEach
	void capture() {
		v1.reset();
		v2.reset();
		this.v1Listings = v1.faults().capture(Endpoint.LISTING);
		this.v2Listings = v2.faults().capture(Endpoint.LISTING);
	}

	static EmulatedFunction[] functions() {
		return new EmulatedFunction[] {
				EmulatedFunction.echo(GREETER)
					.withName("greeter")
					.withEvent("conversational_command")
					.withDetails(FunctionDetails.defaults()
						.withSkills("12", "34")
						.withSize("M")
						.withCompV1(true)
						.withVersion(3)
						.withImplementation("function lambda(i, cb) { cb(null, 'hi'); }", Map.of("lodash", "4.17.21"),
								Map.of("GREETING", "hi"))
						.withAuthors("alice", "bob")),
				EmulatedFunction.echo(CHANGED).withName("changed").withState(FunctionState.MODIFIED).withSkills("56") };
	}

	@Test
	void getLambdasSendsSeveralStatesAsARepeatedParameter() {
		List<LambdaSummary> lambdas = template(v1)
			.getLambdas(LambdaQuery.all()
				.withUserId("u1")
				.withStates("Productive", "Modified")
				.withEventId("conversational_command")
				.withName("greeter"))
			.block();
		assertThat(this.v1Listings.last().path()).isEqualTo("/api/account/123456/lambdas");
		assertThat(this.v1Listings.last().query())
			.isEqualTo("v=1&userId=u1&state=Productive&state=Modified&eventId=conversational_command&name=greeter");
		assertThat(lambdas).extracting(LambdaSummary::uuid).containsExactly(GREETER);
	}

	@Test
	void getLambdasReadsTheImplementationOfAV1Function() {
		LambdaSummary greeter = new FunctionsTemplate(template(v1)).getLambdas(LambdaQuery.all().withName("greeter"))
			.get(0);
		assertThat(greeter.version()).isEqualTo("3");
		assertThat(greeter.createdBy()).isEqualTo("alice");
		assertThat(greeter.updatedBy()).isEqualTo("bob");
		assertThat(greeter.implementation()).isEqualTo(new LambdaSummary.Implementation(
				"function lambda(i, cb) { cb(null, 'hi'); }", List.of(new LambdaSummary.KeyValue("lodash", "4.17.21")),
				List.of(new LambdaSummary.KeyValue("GREETING", "hi"))));
		assertThat(greeter.lastDeployment()).containsEntry("lambdaVersion", 3);
	}

	@Test
	void getFunctionsReadsTheV2Shape() {
		List<FunctionSummary> functions = template(v2).getFunctions(FunctionQuery.all()).block();
		assertThat(this.v2Listings.last().path()).isEqualTo("/api/account/123456/functions");
		assertThat(this.v2Listings.last().query()).isNull();
		assertThat(functions).extracting(FunctionSummary::uuid).containsExactly(Emulators.UUID, GREETER, CHANGED);
		FunctionSummary greeter = functions.get(1);
		assertThat(greeter.name()).isEqualTo("greeter");
		assertThat(greeter.skills()).containsExactly("12", "34");
		assertThat(greeter.size()).isEqualTo("M");
		assertThat(greeter.isCompV1()).isTrue();
		assertThat(greeter.eventId()).isEqualTo("conversational_command");
		assertThat(greeter.isProductive()).isTrue();
		assertThat(greeter.createdBy()).isEqualTo("alice");
		assertThat(greeter.createdAt()).isNotBlank();
		assertThat(functions.get(2).state()).isEqualTo("Modified");
		assertThat(functions.get(0).skills()).isEmpty();
	}

	@Test
	void getFunctionsSendsTheNodeClientsKeysAndFiltersTheSkillHere() {
		FunctionQuery query = FunctionQuery.all()
			.withUserId("u1")
			.withStates("Productive", "Modified")
			.withEventId("conversational_command")
			.withName("greeter");
		assertThat(new FunctionsTemplate(template(v2)).getFunctions(query)).extracting(FunctionSummary::uuid)
			.containsExactly(GREETER);
		assertThat(this.v2Listings.last().query())
			.isEqualTo("userId=u1&state=Productive&state=Modified&eventId=conversational_command&functionName=greeter");

		assertThat(template(v2).getFunctions(FunctionQuery.all().withSkillId("56")).block())
			.extracting(FunctionSummary::uuid)
			.containsExactly(CHANGED);
		assertThat(this.v2Listings.last().query()).isNull();
	}

	@Test
	void getLambdasOnV2ReadsTheV2ListingIntoTheV1Record() {
		List<LambdaSummary> lambdas = template(v2).getLambdas(LambdaQuery.all().withStates("Modified")).block();
		assertThat(this.v2Listings.last().query()).isEqualTo("state=Modified");
		assertThat(lambdas).singleElement().satisfies((lambda) -> {
			assertThat(lambda.uuid()).isEqualTo(CHANGED);
			assertThat(lambda.implementation()).isNull();
		});
	}

	@Test
	void getFunctionsOnAV1AccountFailsBeforeListing() {
		assertThatExceptionOfType(FaaSException.class)
			.isThrownBy(() -> new FunctionsTemplate(template(v1)).getFunctions(FunctionQuery.all()))
			.withMessageContaining("getFunctions lists V2 functions, but account 123456 runs on platform V1")
			.withMessageContaining("use getLambdas");
		assertThat(this.v1Listings.count()).isZero();
	}

	@Test
	void badQueriesFailBeforeAnyRequest() {
		ReactiveFunctionsTemplate template = template(v2);
		assertThatIllegalArgumentException().isThrownBy(() -> template.getFunctions(null))
			.withMessage("'query' must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> FunctionQuery.all().withStates("Productive", " "))
			.withMessage("'state' must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> LambdaQuery.all().withStates((String) null))
			.withMessage("'state' must not be null");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> template.getFunctions(FunctionQuery.all(), (InvocationOptions) null))
			.withMessage("'options' must not be null");
		assertThat(this.v2Listings.count()).isZero();
	}

	@Test
	void theSingleStateApiStillWorks() {
		LambdaQuery query = new LambdaQuery(null, "Productive", null, null);
		assertThat(query.states()).containsExactly("Productive");
		assertThat(query.state()).isEqualTo("Productive");
		assertThat(query.withState(null).states()).isEmpty();
		assertThat(LambdaQuery.all().withStates("Draft", "Modified").state()).isEqualTo("Draft");
	}

	private static ReactiveFunctionsTemplate template(FunctionsEmulator emulator) {
		// the emulator's host names no platform, so the V2 one is told
		return Emulators.templateBuilder(emulator).platform((emulator == v2) ? Platform.V2 : Platform.V1).build();
	}

}
