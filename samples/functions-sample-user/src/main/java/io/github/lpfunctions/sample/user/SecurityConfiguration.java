package io.github.lpfunctions.sample.user;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may see what: the page is public, everything else needs a user signed in with
 * LivePerson ({@code oauth2Login()}); a visitor who is not signed in is sent to the page,
 * whose "Sign in with LivePerson" link starts the authorization-code flow. The LivePerson
 * client registration comes from {@code liveperson.functions.user-authorization.*}.
 *
 * @author LivePerson Functions for Spring contributors
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * The path of the sign-in link: Spring Security's authorization request for the
	 * LivePerson registration ({@code liveperson}, the starter's default id).
	 */
	static final String SIGN_IN_PATH = "/oauth2/authorization/liveperson";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/", "/error", "/favicon.ico")
			.permitAll()
			.anyRequest()
			.authenticated())
			.oauth2Login((login) -> login.loginPage("/").defaultSuccessUrl("/", true))
			.logout((logout) -> logout.logoutSuccessUrl("/"));
		return http.build();
	}

}
