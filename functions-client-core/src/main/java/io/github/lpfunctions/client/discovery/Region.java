package io.github.lpfunctions.client.discovery;

import java.net.URI;
import java.util.Locale;

/**
 * The LivePerson data centres and their fixed domains, used when discovery is off, or as
 * the fallback when discovery fails before it ever succeeded.
 *
 * @author LivePerson Functions for Spring contributors
 */
public enum Region {

	/**
	 * North America: {@code va.faasgw.liveperson.net},
	 * {@code va.sentinel.liveperson.net}.
	 */
	US("va"),

	/**
	 * Europe, Middle East and Africa: {@code lo.faasgw.liveperson.net},
	 * {@code lo.sentinel.liveperson.net}.
	 */
	EMEA("lo"),

	/**
	 * Asia Pacific: {@code sy.faasgw.liveperson.net}, {@code sy.sentinel.liveperson.net}.
	 */
	APAC("sy");

	private final String prefix;

	Region(String prefix) {
		this.prefix = prefix;
	}

	/**
	 * Return the region's fixed endpoints over https. The management host is not
	 * published per region, so listings need discovery or an explicit management URL.
	 * @return the gateway and authorization server of this region
	 */
	public ServiceEndpoints endpoints() {
		return new ServiceEndpoints(URI.create("https://" + this.prefix + ".faasgw.liveperson.net"),
				URI.create("https://" + this.prefix + ".sentinel.liveperson.net"), null);
	}

	/**
	 * Parse a region name, ignoring case.
	 * @param name {@code us}, {@code emea} or {@code apac}
	 * @return the region
	 * @throws IllegalArgumentException naming the accepted values when the name is
	 * unknown
	 */
	public static Region of(String name) {
		try {
			return valueOf(name.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Unknown region '" + name + "': use one of us, emea, apac");
		}
	}

}
