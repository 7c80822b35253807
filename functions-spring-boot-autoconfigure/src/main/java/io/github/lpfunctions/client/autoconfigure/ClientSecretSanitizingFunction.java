package io.github.lpfunctions.client.autoconfigure;

import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the client secrets and the Login API password wherever Actuator shows values
 * ({@code env}, {@code configprops}, any property source): by key, the starter's own
 * {@code client-secret} properties ({@code liveperson.functions.client-secret},
 * {@code liveperson.functions.user-authorization.client-secret}) and
 * {@code liveperson.functions.user-login.password} in any of their spellings; by value,
 * every value equal to a configured secret, whatever its key, such as the environment
 * variable that {@code client-secret: ${LIVEPERSON_CLIENT_SECRET}} refers to. Nothing
 * else is masked.
 * <p>
 * Secrets shorter than {@value #MIN_SECRET_LENGTH} characters are not matched by value:
 * they would hide ordinary values (ports, flags, empty strings), and no real client
 * secret is that short. Their own property stays masked by key.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class ClientSecretSanitizingFunction implements SanitizingFunction {

	/**
	 * Shortest secret that is matched by value.
	 */
	static final int MIN_SECRET_LENGTH = 8;

	private final Supplier<Stream<@Nullable String>> secrets;

	/**
	 * Create the function.
	 * @param secrets the configured client secrets and password, looked up on every use
	 * so that the function needs nothing to be created early
	 */
	ClientSecretSanitizingFunction(Supplier<Stream<@Nullable String>> secrets) {
		this.secrets = secrets;
	}

	@Override
	public SanitizableData apply(SanitizableData data) {
		return (isClientSecretKey(data) || isClientSecretValue(data.getValue())) ? data.withSanitizedValue() : data;
	}

	private static boolean isClientSecretKey(SanitizableData data) {
		String key = data.getLowerCaseKey().replace("-", "").replace("_", "").replace(".", "");
		return key.contains("livepersonfunctions")
				&& (key.endsWith("clientsecret") || key.endsWith("userloginpassword"));
	}

	private boolean isClientSecretValue(@Nullable Object value) {
		if (!(value instanceof CharSequence text)) {
			return false;
		}
		String candidate = text.toString().trim();
		return candidate.length() >= MIN_SECRET_LENGTH
				&& this.secrets.get().filter(Objects::nonNull).map(String::trim).anyMatch(candidate::equals);
	}

}
