package io.github.lpfunctions.emulator.sentinel;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.HtmlUtils;

/**
 * The HTML pages of the authorization-code flow: the login page and the error pages.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class LoginPage {

	private LoginPage() {
	}

	static String render(String action, String clientId, @Nullable String redirectUri, @Nullable String state,
			@Nullable String error) {
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\">")
			.append("<title>LivePerson Functions emulator - sign in</title></head>\n<body>\n")
			.append("<h1>Sign in</h1>\n<p>Functions emulator: sign in to authorize <code>")
			.append(escape(clientId))
			.append("</code>.</p>\n");
		if (error != null) {
			html.append("<p class=\"error\" role=\"alert\">").append(escape(error)).append("</p>\n");
		}
		html.append("<form method=\"post\" action=\"")
			.append(escape(action))
			.append("\">\n")
			.append(hidden("client_id", clientId))
			.append(hidden("response_type", "code"));
		if (redirectUri != null) {
			html.append(hidden("redirect_uri", redirectUri));
		}
		if (state != null) {
			html.append(hidden("state", state));
		}
		html.append("<label>User name <input name=\"username\" autocomplete=\"username\"></label>\n")
			.append("<label>Password <input name=\"password\" type=\"password\" autocomplete=\"current-password\">")
			.append("</label>\n<button type=\"submit\">Sign in</button>\n</form>\n</body>\n</html>\n");
		return html.toString();
	}

	/**
	 * An error page of the authorization endpoint.
	 * @param message what is wrong, as plain text without markup
	 * @return the page
	 */
	static String error(String message) {
		return "<!DOCTYPE html><p>" + message + "</p>";
	}

	private static String hidden(String name, String value) {
		return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + escape(value) + "\">\n";
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text);
	}

}
