package io.github.lpfunctions.client.autoconfigure;

import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Keeps the client secrets and the Login API password out of the actuator endpoints that
 * show values, even when they are set to show them ({@code show-values=always}), by key
 * and by value: see {@link ClientSecretSanitizingFunction}.
 *
 * @author LivePerson Functions for Spring contributors
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(SanitizingFunction.class)
class FunctionsSanitizingConfiguration {

	private static final String USER_AUTHORIZATION_CLIENT_SECRET = FunctionsProperties.PREFIX
			+ ".user-authorization.client-secret";

	private static final String USER_LOGIN_PASSWORD = FunctionsProperties.PREFIX + ".user-login.password";

	// Providers looked up on use, not beans: creating the actuator endpoints must not
	// create the template (nor anything it needs) ahead of its time.
	@Bean
	SanitizingFunction livepersonFunctionsSanitizingFunction(ObjectProvider<FunctionsProperties> properties,
			ObjectProvider<FunctionsConnectionDetails> connectionDetails, Environment environment) {
		return new ClientSecretSanitizingFunction(
				() -> Stream.of(properties.stream().map(FunctionsProperties::getClientSecret),
						connectionDetails.stream().map(FunctionsConnectionDetails::getClientSecret),
						// read from the environment: their properties live in a package
						// of their own
						Stream.of(environment.getProperty(USER_AUTHORIZATION_CLIENT_SECRET),
								environment.getProperty(USER_LOGIN_PASSWORD)))
					.flatMap((secrets) -> secrets));
	}

}
