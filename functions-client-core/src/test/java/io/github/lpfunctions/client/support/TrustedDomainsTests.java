package io.github.lpfunctions.client.support;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.lpfunctions.client.FunctionsDefaults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link TrustedDomains}: a host is trusted when it is a trusted domain or
 * under one on a label boundary, or loopback. The refusals at the wire are in
 * {@code TrustedDomainsIntegrationTests}.
 */
class TrustedDomainsTests {

	private final TrustedDomains liveperson = TrustedDomains.of(FunctionsDefaults.TRUSTED_DOMAINS, "trustedDomains");

	@ParameterizedTest
	@ValueSource(strings = { "va.sentinel.liveperson.net", "va.faasgw.liveperson.net", "lo.faasgw.liveperson.net",
			"z1.fninvocations.liveperson.net", "api.liveperson.net", "liveperson.net", "VA.Sentinel.LivePerson.NET",
			"va.sentinel.liveperson.net.", "127.0.0.1", "127.0.0.2", "localhost", "[::1]" })
	void trustsLivePersonsHostsAndLoopback(String host) {
		assertThat(this.liveperson.trusts(host)).isTrue();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "evilliveperson.net", "liveperson.net.evil.example", "va.sentinel.evil.example",
			"127.0.0.1.evil.example", "liveperson.network", "sentinel-liveperson.net", "liveperson.net..",
			"a.localhost", "10.0.0.1", "[::2]", "net" })
	void refusesEverythingElse(String host) {
		assertThat(this.liveperson.trusts(host)).isFalse();
	}

	@Test
	void normalizesTheDomains() {
		TrustedDomains domains = TrustedDomains
			.of(List.of(" Example.COM ", ".lpcloud.io", "corp.example.", "example.com"), "trustedDomains");
		assertThat(domains.domains()).containsExactly("example.com", "lpcloud.io", "corp.example");
		assertThat(domains.trusts("csds.qa.lpcloud.io")).isTrue();
		assertThat(domains.trusts("api.example.com")).isTrue();
		assertThat(domains.trusts("api.liveperson.net")).isFalse();
	}

	@Test
	void anEmptyListTrustsOnlyLoopback() {
		TrustedDomains none = TrustedDomains.of(List.of(), "trustedDomains");
		assertThat(none.trusts("127.0.0.1")).isTrue();
		assertThat(none.trusts("va.sentinel.liveperson.net")).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "*.liveperson.net", "liveperson..net", "-liveperson.net", "10.0.0.1", "127.0.0.1",
			"https://liveperson.net", "liveperson.net:443", "live person.net", "." })
	void refusesWhatIsNotADomainName(String domain) {
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedDomains.of(List.of(domain), "trustedDomains"))
			.withMessageContaining("'trustedDomains'");
	}

	@Test
	void refusesNull() {
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedDomains.of(null, "trustedDomains"))
			.withMessageContaining("'trustedDomains'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TrustedDomains.of(Arrays.asList("liveperson.net", null), "trustedDomains"))
			.withMessageContaining("'trustedDomains'");
	}

}
