package io.github.lpfunctions.client.support;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TransportSecurity#isLoopback(String)}: loopback by address, never by
 * name. The refusals at the wire are in {@code LoopbackIntegrationTests}.
 */
class TransportSecurityTests {

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1", "127.0.0.2", "127.255.255.254", "127.0.0.0", "localhost", "LocalHost",
			"[::1]", "::1", "[0:0:0:0:0:0:0:1]", "[0000::0001]" })
	void loopbackAddresses(String host) {
		assertThat(TransportSecurity.isLoopback(host)).isTrue();
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "127.attacker.example", "127.0.0.1.nip.io", "a.localhost", "localhost.attacker.example",
			"localhost.", "127.1", "0177.0.0.1", "127.0.0.01", "127.0.0.256", "128.0.0.1", "10.0.0.1", "0.0.0.0",
			"[::2]", "[::]", "[::ffff:127.0.0.1]", "[cafe]", "cafe.be", "[::1%lo]", "", "127.0.0.1 " })
	void everythingElse(String host) {
		assertThat(TransportSecurity.isLoopback(host)).isFalse();
	}

}
