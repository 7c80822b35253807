package io.github.lpfunctions.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.web.util.UriUtils;

/**
 * Expands the URI template of a {@link GatewayRequest} against its host, as WebClient's
 * {@code DefaultUriBuilderFactory} would with its default encoding: every variable's
 * value has everything outside the unreserved set percent-encoded. The templates are this
 * package's own constants, whose literal parts need no encoding, so nothing is parsed:
 * expanding one costs a fraction of parsing it with {@code UriComponentsBuilder} on every
 * call.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class GatewayUri {

	private GatewayUri() {
	}

	/**
	 * Expand a template.
	 * @param host the scheme, host and port
	 * @param template the path and query, with {@code {name}} variables
	 * @param variables the values of the variables
	 * @return the URI
	 * @throws IllegalArgumentException if a variable has no value
	 */
	static URI expand(URI host, String template, Map<String, ?> variables) {
		StringBuilder uri = new StringBuilder(64 + template.length()).append(host);
		int from = 0;
		for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', from)) {
			int close = template.indexOf('}', open);
			String name = template.substring(open + 1, close);
			if (!variables.containsKey(name)) {
				throw new IllegalArgumentException("No value for URI variable '" + name + "'");
			}
			Object value = variables.get(name);
			uri.append(template, from, open)
				.append((value != null) ? UriUtils.encode(value.toString(), StandardCharsets.UTF_8) : "");
			from = close + 1;
		}
		uri.append(template, from, template.length());
		// an empty query leaves no '?' behind, as with UriComponentsBuilder
		if (uri.charAt(uri.length() - 1) == '?') {
			uri.setLength(uri.length() - 1);
		}
		return URI.create(uri.toString());
	}

}
