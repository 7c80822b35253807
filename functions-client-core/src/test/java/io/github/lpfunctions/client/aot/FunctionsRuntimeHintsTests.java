package io.github.lpfunctions.client.aot;

import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;

import io.github.lpfunctions.client.EventInvocationResult;
import io.github.lpfunctions.client.FaaSError;
import io.github.lpfunctions.client.FunctionSummary;
import io.github.lpfunctions.client.LambdaSummary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The records the client reads and writes with Jackson have reflection hints, registered
 * where Spring AOT finds them.
 */
class FunctionsRuntimeHintsTests {

	private final RuntimeHints hints = new RuntimeHints();

	FunctionsRuntimeHintsTests() {
		SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class)
			.forEach((registrar) -> registrar.registerHints(this.hints, getClass().getClassLoader()));
	}

	@Test
	void publicRecordsCanBeReadAndWritten() throws NoSuchMethodException {
		for (Class<?> type : new Class<?>[] { EventInvocationResult.class, LambdaSummary.class, FunctionSummary.class,
				FaaSError.class, FaaSError.LogEntry.class }) {
			assertThat(RuntimeHintsPredicates.reflection()
				.onType(type)
				.withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).as(type.getName())
				.accepts(this.hints);
		}
		assertThat(
				RuntimeHintsPredicates.reflection().onMethodInvocation(EventInvocationResult.class.getMethod("result")))
			.accepts(this.hints);
	}

	@Test
	void answersOfThePlatformCanBeRead() {
		for (String name : FunctionsRuntimeHints.PRIVATE_ANSWERS) {
			assertThat(RuntimeHintsPredicates.reflection()
				.onType(TypeReference.of(name))
				.withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS)).as(name).accepts(this.hints);
		}
	}

}
