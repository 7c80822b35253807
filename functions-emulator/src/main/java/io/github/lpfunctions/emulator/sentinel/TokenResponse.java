package io.github.lpfunctions.emulator.sentinel;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The body of a token response (RFC 6749 section 5.1); absent values are left out.
 *
 * @param accessToken the access token
 * @param tokenType always {@code Bearer}
 * @param expiresIn the lifetime in seconds, as a string or a number, or {@code null} to
 * leave it out (see {@code ExpiresInFormat})
 * @param refreshToken the refresh token of a user grant
 * @param idToken the OpenID Connect id token of a user grant
 * @author LivePerson Functions for Spring contributors
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TokenResponse(@JsonProperty("access_token") String accessToken, @JsonProperty("token_type") String tokenType,
		@JsonProperty("expires_in") @Nullable Object expiresIn,
		@JsonProperty("refresh_token") @Nullable String refreshToken,
		@JsonProperty("id_token") @Nullable String idToken) {

	@Override
	public String toString() {
		return "TokenResponse[tokenType=" + this.tokenType + ", expiresIn=" + this.expiresIn + ", tokens masked]";
	}

}
