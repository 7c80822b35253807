package io.github.lpfunctions.client.autoconfigure.user;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.util.StringUtils;

import io.github.lpfunctions.client.ReactiveFunctionsTemplate;
import io.github.lpfunctions.client.auth.LoginApiAuthentication;
import io.github.lpfunctions.client.autoconfigure.FunctionsAutoConfiguration;
import io.github.lpfunctions.client.autoconfigure.FunctionsTemplateBuilderCustomizer;

/**
 * {@link org.springframework.boot.autoconfigure.EnableAutoConfiguration
 * Auto-configuration} of a service user logged in through LivePerson's Login API, on with
 * {@code liveperson.functions.user-login.username}: the templates list functions as that
 * user (LivePerson requires a user for listings) while every other call keeps the client
 * credentials, and the {@link LoginApiAuthentication} is a bean named
 * {@value #USER_LOGIN_BEAN} for single calls of your own: <pre class="code">
 * &#64;Qualifier("livepersonUserLogin") ClientAuthentication userLogin
 * functions.invokeByUuid(uuid, payload, InvocationOptions.builder().authentication(userLogin).build(), Result.class);
 * </pre> That bean is no default candidate for injection by type: it never replaces the
 * client credentials, nor makes an application's own {@code ClientAuthentication}
 * ambiguous.
 *
 * @author LivePerson Functions for Spring contributors
 */
@AutoConfiguration(after = FunctionsAutoConfiguration.class)
@ConditionalOnClass(ReactiveFunctionsTemplate.class)
@ConditionalOnProperty(prefix = FunctionsUserLoginProperties.PREFIX, name = "username")
@EnableConfigurationProperties(FunctionsUserLoginProperties.class)
public final class FunctionsUserLoginAutoConfiguration {

	/**
	 * Name of the {@link LoginApiAuthentication} bean.
	 */
	public static final String USER_LOGIN_BEAN = "livepersonUserLogin";

	@Bean
	FunctionsTemplateBuilderCustomizer livepersonUserLoginTemplateBuilderCustomizer(
			FunctionsUserLoginProperties properties) {
		String username = required(properties.getUsername(), "username");
		String password = required(properties.getPassword(), "password");
		return (builder) -> builder.userLogin(username, password);
	}

	@Bean(name = USER_LOGIN_BEAN, defaultCandidate = false)
	@ConditionalOnBean(ReactiveFunctionsTemplate.class)
	LoginApiAuthentication livepersonUserLogin(ReactiveFunctionsTemplate template) {
		return template.userLogin()
			.orElseThrow(() -> new IllegalStateException("The LivePerson Functions template has no user login: a "
					+ "template of your own needs builder.userLogin(username, password)"));
	}

	private static String required(String value, String property) {
		if (!StringUtils.hasText(value)) {
			throw new IllegalStateException("'" + FunctionsUserLoginProperties.PREFIX + "." + property
					+ "' must be set with '" + FunctionsUserLoginProperties.PREFIX + ".username'");
		}
		return value;
	}

}
