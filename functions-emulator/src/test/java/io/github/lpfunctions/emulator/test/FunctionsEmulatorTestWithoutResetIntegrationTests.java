package io.github.lpfunctions.emulator.test;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

import io.github.lpfunctions.emulator.EmulatedFunction;
import io.github.lpfunctions.emulator.FunctionsEmulator;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = FunctionsEmulatorTestWithoutResetIntegrationTests.EmptyConfiguration.class)
@FunctionsEmulatorTest(resetBeforeEachTest = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FunctionsEmulatorTestWithoutResetIntegrationTests {

	@Autowired
	FunctionsEmulator emulator;

	@Test
	@Order(1)
	void firstTestChangesTheEmulator() {
		// A fresh emulator: what the second test sees can only be this test's doing.
		assertThat(this.emulator.functions().get("deployed-by-the-first-test")).isEmpty();
		assertThat(this.emulator.faults().isDiscoveryDown()).isFalse();
		this.emulator.functions().put(EmulatedFunction.echo("deployed-by-the-first-test"));
		this.emulator.faults().discoveryDown(true);
		assertThat(this.emulator.functions().get("deployed-by-the-first-test")).isPresent();
		assertThat(this.emulator.faults().isDiscoveryDown()).isTrue();
	}

	@Test
	@Order(2)
	void secondTestStillSeesTheChanges() {
		assertThat(this.emulator.functions().get("deployed-by-the-first-test")).isPresent();
		assertThat(this.emulator.faults().isDiscoveryDown()).isTrue();
	}

	@SpringBootConfiguration
	static class EmptyConfiguration {

	}

}
