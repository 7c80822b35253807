package io.github.lpfunctions.client.autoconfigure;

import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps the client secret out of the actuator endpoints that show values, even when they
 * are set to show them ({@code show-values=always}), by key and by value: see
 * {@link ClientSecretSanitizingFunction}.
 *
 * @author LivePerson Functions for Spring contributors
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(SanitizingFunction.class)
class FunctionsSanitizingConfiguration {

	// Providers looked up on use, not beans: creating the actuator endpoints must not
	// create the template (nor anything it needs) ahead of its time.
	@Bean
	SanitizingFunction livepersonFunctionsSanitizingFunction(ObjectProvider<FunctionsProperties> properties,
			ObjectProvider<FunctionsConnectionDetails> connectionDetails) {
		return new ClientSecretSanitizingFunction(
				() -> Stream.concat(properties.stream().map(FunctionsProperties::getClientSecret),
						connectionDetails.stream().map(FunctionsConnectionDetails::getClientSecret)));
	}

}
