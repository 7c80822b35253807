package io.github.lpfunctions.emulator.test;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.lpfunctions.emulator.EmulatedFunction;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.Platform;

import static org.assertj.core.api.Assertions.assertThat;

class FunctionsEmulatorExtensionIntegrationTests {

	@RegisterExtension
	static final FunctionsEmulatorExtension extension = new FunctionsEmulatorExtension(
			() -> FunctionsEmulator.builder().platform(Platform.V2).function(EmulatedFunction.echo("start-up")));

	@Test
	void resolvesTheRunningEmulator(FunctionsEmulator emulator) {
		assertThat(emulator).isSameAs(extension.get());
		assertThat(emulator.isRunning()).isTrue();
		assertThat(emulator.platform()).isEqualTo(Platform.V2);
	}

	@Test
	void resetsBeforeEachTestA() {
		assertResetAndDirty();
	}

	@Test
	void resetsBeforeEachTestB() {
		assertResetAndDirty();
	}

	private void assertResetAndDirty() {
		assertThat(extension.get().functions().all()).extracting(EmulatedFunction::uuid).containsExactly("start-up");
		extension.get().functions().put(EmulatedFunction.echo("more"));
	}

	@Nested
	class Inner {

		@Test
		void nestedTestsShareTheEmulator(FunctionsEmulator emulator) {
			assertThat(emulator.isRunning()).isTrue();
			assertThat(emulator).isSameAs(extension.get());
		}

	}

}
