package io.github.lpfunctions.sample.support.emulator;

import java.net.URI;

import io.github.lpfunctions.client.autoconfigure.FunctionsConnectionDetails;
import io.github.lpfunctions.emulator.FunctionsEmulator;

/**
 * {@link FunctionsConnectionDetails} of a running emulator: its account and demo
 * credentials, discovery at its base URL over plain http (it listens on loopback). The
 * auto-configuration prefers this bean to the {@code liveperson.functions.*} connection
 * properties; the other properties (timeouts, retries, caches) still apply.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class EmulatorConnectionDetails implements FunctionsConnectionDetails {

	private final FunctionsEmulator emulator;

	EmulatorConnectionDetails(FunctionsEmulator emulator) {
		this.emulator = emulator;
	}

	@Override
	public String getAccountId() {
		return this.emulator.accountId();
	}

	@Override
	public String getClientId() {
		return this.emulator.clientId();
	}

	@Override
	public String getClientSecret() {
		return this.emulator.clientSecret();
	}

	@Override
	public URI getDiscoveryUri() {
		return URI.create(this.emulator.baseUrl());
	}

	@Override
	public String getDiscoveryScheme() {
		return "http";
	}

}
