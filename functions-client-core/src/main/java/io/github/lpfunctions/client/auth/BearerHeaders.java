package io.github.lpfunctions.client.auth;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * The {@code Authorization} header of the latest bearer token, made once per token rather
 * than once per request: a token serves thousands of calls, and each would otherwise
 * build a header map of its own. The headers are read-only, as every request shares them.
 * Thread-safe.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class BearerHeaders {

	private volatile @Nullable Latest latest;

	/**
	 * Return the headers that carry the token.
	 * @param token the access token
	 * @return read-only headers with {@code Authorization: Bearer <token>}
	 */
	HttpHeaders of(String token) {
		Latest latest = this.latest;
		if (latest == null || !latest.token().equals(token)) {
			HttpHeaders headers = new HttpHeaders();
			headers.setBearerAuth(token);
			latest = new Latest(token, HttpHeaders.readOnlyHttpHeaders(headers));
			this.latest = latest;
		}
		return latest.headers();
	}

	private record Latest(String token, HttpHeaders headers) {

		@Override
		public String toString() {
			return "Latest[token=****]";
		}

	}

}
