package io.github.lpfunctions.client;

import java.net.URI;
import java.util.Locale;

/**
 * Generation of the LivePerson Functions platform an account runs on. The two speak the
 * same paths with different query parameters, headers and error bodies.
 *
 * @author LivePerson Functions for Spring contributors
 */
public enum Platform {

	/**
	 * The original platform: {@code ?v=1&externalSystem=...}, error bodies
	 * {@code {"errorCode","errorMsg"}}, listing at {@code /lambdas}.
	 */
	V1,

	/**
	 * The newer platform: {@code LP-EventSource} header, error bodies
	 * {@code {"code","message"}}, listing at {@code /functions}.
	 */
	V2;

	/**
	 * Detect the platform from the gateway host, as the official Node client does: V2
	 * gateways have {@code fninvocations} or {@code functions} in their host name.
	 * @param gateway the gateway base URI
	 * @return the platform that gateway speaks
	 */
	public static Platform detect(URI gateway) {
		String host = (gateway.getHost() != null) ? gateway.getHost().toLowerCase(Locale.ROOT) : "";
		return (host.contains("fninvocations") || host.contains("functions")) ? V2 : V1;
	}

	/**
	 * The platform as observations tag it: {@code v1} or {@code v2}.
	 */
	String tag() {
		return (this == V1) ? "v1" : "v2";
	}

}
