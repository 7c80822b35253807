package io.github.lpfunctions.client.autoconfigure.user;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser does in the authorization-code flow, over real HTTP: keeps cookies,
 * follows the redirects one by one (so that each can be checked), and fills in the
 * emulator's login form.
 */
final class SignInBrowser {

	private static final Pattern FORM_ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]*)\"");

	private static final Pattern HIDDEN = Pattern
		.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	/**
	 * GET a page as a browser asks for it.
	 * @param uri the page
	 * @return the answer, not followed if a redirect
	 */
	HttpResponse<String> get(URI uri) {
		return send(HttpRequest.newBuilder(uri)
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.GET()
			.build());
	}

	/**
	 * GET a page and follow every redirect.
	 * @param uri the page
	 * @return the final answer
	 */
	HttpResponse<String> follow(URI uri) {
		HttpResponse<String> response = get(uri);
		for (int i = 0; i < 10 && isRedirect(response); i++) {
			response = get(location(response));
		}
		return response;
	}

	/**
	 * Sign in on the emulator's login page that the given answer redirects to, and follow
	 * the redirect back to the application with the code until its last page.
	 * @param toLoginPage the application's redirect to the authorization endpoint
	 * @param username the user name
	 * @param password the password
	 * @return the application's page after the sign-in
	 */
	HttpResponse<String> signIn(HttpResponse<String> toLoginPage, String username, String password) {
		URI authorize = location(toLoginPage);
		HttpResponse<String> loginPage = get(authorize);
		assertThat(loginPage.statusCode()).as("the login page").isEqualTo(200);
		Matcher action = FORM_ACTION.matcher(loginPage.body());
		assertThat(action.find()).as("a login form on %s", loginPage.body()).isTrue();
		Map<String, String> form = new LinkedHashMap<>();
		Matcher hidden = HIDDEN.matcher(loginPage.body());
		while (hidden.find()) {
			form.put(hidden.group(1), HtmlUtils.htmlUnescape(hidden.group(2)));
		}
		form.put("username", username);
		form.put("password", password);
		URI post = authorize.resolve(HtmlUtils.htmlUnescape(action.group(1)));
		HttpResponse<String> back = send(HttpRequest.newBuilder(post)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(urlEncoded(form)))
			.build());
		assertThat(back.statusCode()).as("the login form's answer").isEqualTo(302);
		return follow(location(back));
	}

	static boolean isRedirect(HttpResponse<?> response) {
		return response.statusCode() >= 300 && response.statusCode() < 400;
	}

	static URI location(HttpResponse<?> response) {
		assertThat(isRedirect(response)).as("a redirect, but was %s", response.statusCode()).isTrue();
		URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
		return response.uri().resolve(location);
	}

	private static String urlEncoded(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
