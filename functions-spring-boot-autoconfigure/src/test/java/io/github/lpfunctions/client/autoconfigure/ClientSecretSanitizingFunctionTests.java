package io.github.lpfunctions.client.autoconfigure;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ClientSecretSanitizingFunction}: what is masked, and that nothing else
 * is.
 */
class ClientSecretSanitizingFunctionTests {

	private static final PropertySource<?> SOURCE = new MapPropertySource("test", Map.of());

	@Test
	void masksEveryValueEqualToTheSecretWhateverItsKey() {
		ClientSecretSanitizingFunction function = function("s3cr3t-Value-42");
		assertThat(shown(function, "LIVEPERSON_CLIENT_SECRET", "s3cr3t-Value-42")).isEqualTo("******");
		assertThat(shown(function, "any.other.key", " s3cr3t-Value-42\n")).isEqualTo("******");
	}

	@Test
	void masksTheStartersOwnSecretPropertyByKey() {
		ClientSecretSanitizingFunction function = function();
		assertThat(shown(function, "liveperson.functions.client-secret", "x")).isEqualTo("******");
		assertThat(shown(function, "LIVEPERSON_FUNCTIONS_CLIENT_SECRET", "x")).isEqualTo("******");
	}

	@Test
	void masksTheSignInSecretAndTheLoginPasswordByKey() {
		ClientSecretSanitizingFunction function = function();
		assertThat(shown(function, "liveperson.functions.user-authorization.client-secret", "x")).isEqualTo("******");
		assertThat(shown(function, "liveperson.functions.user-login.password", "x")).isEqualTo("******");
		assertThat(shown(function, "LIVEPERSON_FUNCTIONS_USERLOGIN_PASSWORD", "x")).isEqualTo("******");
		assertThat(shown(function, "liveperson.functions.user-login.username", "x")).isEqualTo("x");
		assertThat(shown(function, "app.password", "x")).isEqualTo("x");
	}

	@Test
	void masksNothingElse() {
		ClientSecretSanitizingFunction function = function("s3cr3t-Value-42");
		assertThat(shown(function, "app.value", "s3cr3t-Value-43")).isEqualTo("s3cr3t-Value-43");
		assertThat(shown(function, "app.value", "S3CR3T-VALUE-42")).isEqualTo("S3CR3T-VALUE-42");
		assertThat(shown(function, "app.number", 42)).isEqualTo(42);
		assertThat(shown(function, "liveperson.functions.client-id", "s3cr3t")).isEqualTo("s3cr3t");
	}

	@Test
	void ignoresMissingBlankAndShortSecrets() {
		ClientSecretSanitizingFunction function = function(null, "", "   ", "8080", "true");
		assertThat(shown(function, "server.port", "8080")).isEqualTo("8080");
		assertThat(shown(function, "app.enabled", "true")).isEqualTo("true");
		assertThat(shown(function, "app.empty", "")).isEqualTo("");
		assertThat(shown(function, "app.blank", "   ")).isEqualTo("   ");
	}

	@Test
	void looksTheSecretUpOnEveryUse() {
		String[] secret = { "first-secret-1" };
		ClientSecretSanitizingFunction function = new ClientSecretSanitizingFunction(() -> Stream.of(secret[0]));
		assertThat(shown(function, "a", "first-secret-1")).isEqualTo("******");
		secret[0] = "second-secret-2";
		assertThat(shown(function, "a", "first-secret-1")).isEqualTo("first-secret-1");
		assertThat(shown(function, "a", "second-secret-2")).isEqualTo("******");
	}

	private static ClientSecretSanitizingFunction function(String... secrets) {
		return new ClientSecretSanitizingFunction(() -> Arrays.stream(secrets));
	}

	private static Object shown(ClientSecretSanitizingFunction function, String key, Object value) {
		return function.apply(new SanitizableData(SOURCE, key, value)).getValue();
	}

}
