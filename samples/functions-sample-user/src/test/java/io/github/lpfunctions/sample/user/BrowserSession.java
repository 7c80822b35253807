package io.github.lpfunctions.sample.user;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.HtmlUtils;

/**
 * A plain HTTP client that keeps cookies, as a browser does, and follows no redirects, so
 * that a test sees every hop of the sign-in at the wire. Nothing of Spring's between the
 * test and the wire.
 */
final class BrowserSession {

	private static final Pattern HIDDEN_INPUT = Pattern
		.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	Page get(String url) {
		return send(HttpRequest.newBuilder(URI.create(url)).GET());
	}

	Page postForm(String url, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.http.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
			return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null),
					response.headers().firstValue("Content-Type").orElse(null), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * One response.
	 *
	 * @param status the status code
	 * @param location the {@code Location} header, or {@code null}
	 * @param contentType the {@code Content-Type} header, or {@code null}
	 * @param body the body, empty when there is none
	 */
	record Page(int status, @Nullable String location, @Nullable String contentType, String body) {

		/**
		 * Return the value of a hidden form field of the page, such as {@code _csrf}.
		 * @param name the field's name
		 * @return its value
		 */
		String hidden(String name) {
			Matcher matcher = HIDDEN_INPUT.matcher(this.body);
			while (matcher.find()) {
				if (matcher.group(1).equals(name)) {
					return HtmlUtils.htmlUnescape(matcher.group(2));
				}
			}
			throw new IllegalStateException("No hidden field '" + name + "' in:\n" + this.body);
		}

	}

}
