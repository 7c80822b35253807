package io.github.lpfunctions.emulator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FunctionStateTests {

	@Test
	void parsesWireAndConstantNames() {
		assertThat(FunctionState.parse("Productive")).isEqualTo(FunctionState.PRODUCTIVE);
		assertThat(FunctionState.parse("marked undeployed")).isEqualTo(FunctionState.MARKED_UNDEPLOYED);
		assertThat(FunctionState.parse("MARKED_UNDEPLOYED")).isEqualTo(FunctionState.MARKED_UNDEPLOYED);
		assertThat(FunctionState.MODIFIED.displayName()).isEqualTo("Modified");
		assertThatIllegalArgumentException().isThrownBy(() -> FunctionState.parse("Sleeping"))
			.withMessageContaining("Productive");
	}

}
