package io.github.lpfunctions.emulator.http;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionCloseWebFilterTests {

	@ParameterizedTest
	@CsvSource(nullValues = "none",
			value = { "1.3.6, true", "1.3.7, true", "1.2.15, true", "1.3.8, false", "1.3.9, false", "1.4.0, false",
					"2.0.0-M1, false", "1.3.8-SNAPSHOT, false", "1.3.7-SNAPSHOT, true", "none, false",
					"unknown, false" })
	void closesConnectionsOnlyOnReactorNettyWithTheKeepAliveBug(String version, boolean needed) {
		assertThat(ConnectionCloseWebFilter.isNeededFor(version)).isEqualTo(needed);
	}

}
