package io.github.lpfunctions.client.support;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The domains whose hosts may receive credentials when service discovery names them: a
 * host is trusted when it is one of the domains or a subdomain of one, compared on label
 * boundaries and without regard to case or a trailing dot
 * ({@code va.sentinel.liveperson.net} is under {@code liveperson.net};
 * {@code evilliveperson.net} and {@code liveperson.net.evil.example} are not). Loopback
 * hosts ({@link TransportSecurity#isLoopback(String)}, such as the emulator) are always
 * trusted. Nothing here resolves a name.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class TrustedDomains {

	private final List<String> domains;

	private TrustedDomains(List<String> domains) {
		this.domains = domains;
	}

	/**
	 * Check and normalize a list of domains.
	 * @param domains the domains, such as {@code liveperson.net}; may be empty, which
	 * trusts only loopback hosts
	 * @param name the name of the setting, for the message
	 * @return the trusted domains
	 * @throws IllegalArgumentException naming the setting when an entry is not a domain
	 * name
	 */
	public static TrustedDomains of(@Nullable Collection<String> domains, String name) {
		return new TrustedDomains(Arguments.notNull(domains, name)
			.stream()
			.map((domain) -> Arguments.domainName(domain, name))
			.distinct()
			.toList());
	}

	/**
	 * Whether credentials may go to a host.
	 * @param host the host as {@link java.net.URI#getHost()} gives it, may be
	 * {@code null}
	 * @return {@code true} for a loopback host and for a host under one of the domains
	 */
	public boolean trusts(@Nullable String host) {
		if (host == null || host.isEmpty()) {
			return false;
		}
		if (TransportSecurity.isLoopback(host)) {
			return true;
		}
		String name = host.toLowerCase(Locale.ROOT);
		name = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
		for (String domain : this.domains) {
			if (name.equals(domain) || name.endsWith("." + domain)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Return the domains, normalized (lower case, no leading or trailing dot).
	 * @return the domains
	 */
	public List<String> domains() {
		return this.domains;
	}

	@Override
	public String toString() {
		return String.join(", ", this.domains);
	}

}
