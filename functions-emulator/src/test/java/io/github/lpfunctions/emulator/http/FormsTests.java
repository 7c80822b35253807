package io.github.lpfunctions.emulator.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormsTests {

	@Test
	void parsesEncodedValues() {
		assertThat(Forms.parse("a=1&b=x%20y&b=z+w&flag&=empty&c=")).containsEntry("a", java.util.List.of("1"))
			.containsEntry("b", java.util.List.of("x y", "z w"))
			.containsEntry("flag", java.util.List.of(""))
			.containsEntry("c", java.util.List.of(""));
		assertThat(Forms.parse("")).isEmpty();
	}

	@Test
	void masksSecretsOnly() {
		assertThat(Forms.mask("grant_type=client_credentials&client_id=me&client_secret=s%3D3&password=p"))
			.isEqualTo("grant_type=client_credentials&client_id=me&client_secret=****&password=****");
		assertThat(Forms.mask("token=abc&refresh_token=def&code=ghi&v=1"))
			.isEqualTo("token=****&refresh_token=****&code=****&v=1");
	}

}
