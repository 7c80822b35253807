package io.github.lpfunctions.emulator.sentinel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import io.github.lpfunctions.emulator.EmulatedUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TokenIssuerTests {

	private static final EmulatedUser USER = new EmulatedUser("user", "password", true);

	private final Instant now = Instant.parse("2025-01-01T00:00:00Z");

	private final TokenIssuer issuer = new TokenIssuer(TokenIssuer.randomKey(), Clock.fixed(this.now, ZoneOffset.UTC),
			JsonMapper.builder().build());

	@Test
	void verifiesWhatItIssued() {
		String token = this.issuer.issueAccessToken("acc", "client", "client", Duration.ofMinutes(10));
		VerifiedToken verified = this.issuer.verify(token);
		assertThat(verified.subject()).isEqualTo("client");
		assertThat(verified.accountId()).isEqualTo("acc");
		assertThat(verified.scope()).isEqualTo(TokenIssuer.SCOPE);
		assertThat(verified.expiresAt()).isEqualTo(this.now.plusSeconds(600));
		assertThat(verified.isAccessToken()).isTrue();
		assertThat(this.issuer.verify(this.issuer.issueIdToken("acc", USER, "client", "session", Duration.ofMinutes(1)))
			.isAccessToken()).isFalse();
	}

	@Test
	void rejectsExpiredTamperedForeignAndRevokedTokens() {
		assertInvalid(this.issuer.issueAccessToken("acc", "c", "c", Duration.ZERO), "Token expired");
		String token = this.issuer.issueAccessToken("acc", "c", "c", Duration.ofMinutes(1));
		String[] parts = token.split("\\.");
		assertInvalid(parts[0] + "." + parts[1].substring(1) + "." + parts[2], null);
		assertInvalid("a.b", "Token is not a JWT");
		TokenIssuer other = new TokenIssuer(TokenIssuer.randomKey(), Clock.systemUTC(), JsonMapper.builder().build());
		assertInvalid(other.issueAccessToken("acc", "c", "c", Duration.ofMinutes(1)), "Token signature is invalid");
		this.issuer.revoke(this.issuer.verify(token).id());
		assertInvalid(token, "Token was revoked");
	}

	@Test
	void userTokensCarryTheUserAndEndWithTheirSession() {
		String token = this.issuer.issueUserAccessToken("acc", USER, null, "session-1", Duration.ofMinutes(1));
		String other = this.issuer.issueUserAccessToken("acc", USER, "client", "session-2", Duration.ofMinutes(1));
		VerifiedToken verified = this.issuer.verify(token);
		assertThat(verified.isUserToken()).isTrue();
		assertThat(verified.subject()).isEqualTo("user");
		assertThat(verified.userId()).isEqualTo(USER.userId());
		assertThat(verified.clientId()).isNull();
		assertThat(verified.sessionId()).isEqualTo("session-1");
		assertThat(
				this.issuer.verify(this.issuer.issueAccessToken("acc", "c", "c", Duration.ofMinutes(1))).isUserToken())
			.isFalse();
		this.issuer.revokeSession("session-1");
		assertInvalid(token, "Token was revoked");
		assertThat(this.issuer.verify(other).clientId()).isEqualTo("client");
	}

	@Test
	void rejectsShortKeys() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TokenIssuer(new byte[8], Clock.systemUTC(), JsonMapper.builder().build()));
	}

	private void assertInvalid(String token, String message) {
		var assertion = assertThatExceptionOfType(InvalidTokenException.class)
			.isThrownBy(() -> this.issuer.verify(token));
		if (message != null) {
			assertion.withMessage(message);
		}
	}

}
