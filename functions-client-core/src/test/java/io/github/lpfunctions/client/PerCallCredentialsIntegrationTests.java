package io.github.lpfunctions.client;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.web.reactive.function.client.WebClient;

import io.github.lpfunctions.client.auth.AuthenticationFilter;
import io.github.lpfunctions.client.auth.BearerTokenAuthentication;
import io.github.lpfunctions.client.discovery.ServiceEndpoints;
import io.github.lpfunctions.client.discovery.StaticEndpointResolver;
import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RequestCapture;
import io.github.lpfunctions.emulator.UnmaskedRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Credentials given for one call, such as a signed-in user's access token, beside the
 * template's own client credentials: exactly which Authorization header each request
 * carried, what a 401 to the caller's credentials does, and where they may go.
 */
class PerCallCredentialsIntegrationTests {

	private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	private static FunctionsEmulator liveperson;

	private RequestCapture tokens;

	private ReactiveFunctionsTemplate template;

	private String userToken;

	@BeforeAll
	static void start() {
		liveperson = Emulators.start();
	}

	@AfterAll
	static void stop() {
		liveperson.close();
	}

	@BeforeEach
	void createTemplate() {
		liveperson.reset();
		this.tokens = liveperson.faults().capture(Endpoint.TOKEN);
		this.template = Emulators.templateBuilder(liveperson).build();
		// stands in for a user's token until the emulator signs users in; accepted by its
		// gateway and different from any token the template fetches
		this.userToken = liveperson.issueAccessToken(Duration.ofHours(1));
	}

	@Test
	void aUsersTokenForOneCallBesideTheTemplatesClientCredentials() {
		RequestCapture invocations = liveperson.faults().capture(Endpoint.INVOKE);
		InvocationOptions asUser = InvocationOptions.builder().bearerToken(this.userToken).build();

		this.template.invokeByUuid(Emulators.UUID, Map.of()).block();
		this.template.invokeByUuid(Emulators.UUID, Map.of(), asUser, MAP).block();
		this.template.invokeByUuid(Emulators.UUID, Map.of()).block();
		this.template.invokeByUuid(Emulators.UUID, Map.of(), asUser).block();

		List<String> issued = Emulators.issuedTokens(this.tokens);
		assertThat(issued).hasSize(1);
		assertThat(issued.get(0)).isNotEqualTo(this.userToken);
		assertThat(authorizations(invocations)).containsExactly("Bearer " + issued.get(0), "Bearer " + this.userToken,
				"Bearer " + issued.get(0), "Bearer " + this.userToken);
	}

	@Test
	void aCallForAUserNeedsNoTokenOfTheTemplate() {
		RequestCapture invocations = liveperson.faults().capture(Endpoint.INVOKE);

		Map<String, Object> result = this.template
			.invokeByUuid(Emulators.UUID, Map.of(), InvocationOptions.builder().bearerToken(this.userToken).build(),
					MAP)
			.block();

		assertThat(result).containsEntry("ok", true);
		assertThat(this.tokens.count()).isZero();
		assertThat(invocations.last().header("Authorization")).isEqualTo("Bearer " + this.userToken);
	}

	@Test
	void anAuthorizedClientOfSpringSecurityAuthorizesOneCall() {
		RequestCapture invocations = liveperson.faults().capture(Endpoint.INVOKE);
		OAuth2AuthorizedClient authorizedClient = authorizedClient("alice", this.userToken);

		this.template
			.invokeByUuid(Emulators.UUID, Map.of(),
					InvocationOptions.builder().authorizedClient(authorizedClient).build(), MAP)
			.block();

		assertThat(invocations.last().header("Authorization")).isEqualTo("Bearer " + this.userToken);
		assertThat(this.tokens.count()).isZero();
	}

	@Test
	void aRefusedCallersTokenIsTheCallersErrorAndNeverFallsBackToTheTemplatesCredentials() {
		RequestCapture invocations = liveperson.faults().capture(Endpoint.INVOKE);
		this.template.invokeByUuid(Emulators.UUID, Map.of()).block();
		String templateToken = Emulators.issuedTokens(this.tokens).get(0);
		InvocationOptions expired = InvocationOptions.builder()
			.authorizedClient(authorizedClient("alice", "not-a-token-the-gateway-accepts"))
			.requestId("refused-user-call")
			.build();

		FaaSCallerAuthenticationException refused = catchThrowableOfType(FaaSCallerAuthenticationException.class,
				() -> this.template.invokeByUuid(Emulators.UUID, Map.of(), expired, MAP).block());
		this.template.invokeByUuid(Emulators.UUID, Map.of()).block();

		assertThat(refused.getStatusCode()).isEqualTo(401);
		assertThat(refused.isBadCredentials()).isTrue();
		assertThat(refused.getRequestId()).isEqualTo("refused-user-call");
		assertThat(refused.getMessage()).contains("caller's credentials")
			.contains("authorized client 'liveperson' of 'alice'")
			.contains("the template's own credentials were not tried")
			.doesNotContain("not-a-token-the-gateway-accepts");
		assertThat(authorizations(invocations)).containsExactly("Bearer " + templateToken,
				"Bearer not-a-token-the-gateway-accepts", "Bearer " + templateToken);
		assertThat(this.tokens.count()).as("no token request, the template's token kept").isEqualTo(1);
	}

	@Test
	void aRefusedCallersTokenIsAlsoTheCallersErrorWhenBlocking() {
		FunctionsTemplate blocking = new FunctionsTemplate(this.template);
		InvocationOptions refusedToken = InvocationOptions.builder().bearerToken("revoked-user-token").build();

		FaaSCallerAuthenticationException refused = catchThrowableOfType(FaaSCallerAuthenticationException.class,
				() -> blocking.invokeByEvent(Emulators.EVENT, Map.of(), refusedToken));

		assertThat(refused.getMessage()).contains("caller's credentials")
			.contains("BearerTokenAuthentication[token=****]");
		assertThat(this.tokens.count()).isZero();
	}

	@Test
	void theNoResultVariantsSendTheCallersTokenAndOptions() {
		RequestCapture invocations = liveperson.faults().capture(Endpoint.INVOKE);
		RequestCapture events = liveperson.faults().capture(Endpoint.EVENT_INVOKE);
		InvocationOptions options = InvocationOptions.builder()
			.bearerToken(this.userToken)
			.requestId("user-call-1")
			.eventSource("user-app")
			.skillId("42")
			.build();
		FunctionsTemplate blocking = new FunctionsTemplate(this.template);

		this.template.invokeByUuid(Emulators.UUID, null, options).block();
		this.template.invokeByEvent(Emulators.EVENT, null, options).block();
		blocking.invokeByUuid(Emulators.UUID, null, options);
		blocking.invokeByEvent(Emulators.EVENT, null, options);

		for (UnmaskedRequest request : List.of(invocations.requests().get(0), events.requests().get(0),
				invocations.requests().get(1), events.requests().get(1))) {
			assertThat(request.header("Authorization")).isEqualTo("Bearer " + this.userToken);
			assertThat(request.header("X-Request-ID")).isEqualTo("user-call-1");
			assertThat(request.query()).isEqualTo("v=1&externalSystem=user-app&skillId=42");
		}
		assertThat(invocations.count()).isEqualTo(2);
		assertThat(events.count()).isEqualTo(2);
		assertThat(this.tokens.count()).isZero();
	}

	@Test
	void isImplementedWithOptionsSendsTheCallersTokenSkillAndRequestId() {
		RequestCapture checks = liveperson.faults().capture(Endpoint.IS_IMPLEMENTED);
		InvocationOptions options = InvocationOptions.builder()
			.bearerToken(this.userToken)
			.skillId("777")
			.requestId("is-implemented-as-user")
			.eventSource("user-app")
			.build();

		Boolean implemented = this.template.isImplemented(Emulators.EVENT, options).block();

		assertThat(implemented).isTrue();
		UnmaskedRequest check = checks.last();
		assertThat(check.path()).isEqualTo("/api/account/123456/events/conversational_command/isImplemented");
		assertThat(check.query()).isEqualTo("v=1&externalSystem=user-app&skillId=777");
		assertThat(check.header("Authorization")).isEqualTo("Bearer " + this.userToken);
		assertThat(check.header("X-Request-ID")).isEqualTo("is-implemented-as-user");
		assertThat(this.tokens.count()).isZero();
	}

	@Test
	void theIsImplementedCacheIsSharedByAllCredentialsAsTheAnswerIsTheAccounts() {
		RequestCapture checks = liveperson.faults().capture(Endpoint.IS_IMPLEMENTED);
		FunctionsTemplate blocking = new FunctionsTemplate(this.template);

		boolean asUser = blocking.isImplemented(Emulators.EVENT,
				InvocationOptions.builder().bearerToken(this.userToken).build());
		boolean asApplication = blocking.isImplemented(Emulators.EVENT);
		boolean asAnotherUser = blocking.isImplemented(Emulators.EVENT,
				InvocationOptions.builder().bearerToken(liveperson.issueAccessToken(Duration.ofHours(1))).build());

		assertThat(List.of(asUser, asApplication, asAnotherUser)).containsOnly(true);
		assertThat(checks.count()).isEqualTo(1);
		assertThat(checks.last().header("Authorization")).isEqualTo("Bearer " + this.userToken);
	}

	@Test
	void getLambdasWithOptionsSendsTheCallersToken() {
		RequestCapture listings = liveperson.faults().capture(Endpoint.LISTING);
		InvocationOptions options = InvocationOptions.builder()
			.bearerToken(this.userToken)
			.requestId("listing-as-user")
			.build();

		List<LambdaSummary> reactive = this.template.getLambdas(LambdaQuery.all(), options).block();
		List<LambdaSummary> blocking = new FunctionsTemplate(this.template).getLambdas(LambdaQuery.all(), options);

		assertThat(reactive).extracting(LambdaSummary::uuid).contains(Emulators.UUID);
		assertThat(blocking).isEqualTo(reactive);
		assertThat(listings.count()).isEqualTo(2);
		for (UnmaskedRequest listing : listings.requests()) {
			assertThat(listing.path()).isEqualTo("/api/account/123456/lambdas");
			assertThat(listing.header("Authorization")).isEqualTo("Bearer " + this.userToken);
			assertThat(listing.header("X-Request-ID")).isEqualTo("listing-as-user");
		}
		assertThat(this.tokens.count()).isZero();
	}

	@Test
	void aCallersCredentialsNeverGoToAHostOtherThanTheAccountsLivePersonHosts() {
		try (FunctionsEmulator elsewhere = Emulators.start()) {
			RequestCapture foreign = elsewhere.faults().capture(Endpoint.INVOKE);
			RequestCapture own = liveperson.faults().capture(Endpoint.INVOKE);
			ServiceEndpoints resolved = new ServiceEndpoints(Emulators.baseUri(liveperson),
					Emulators.baseUri(liveperson), null);
			WebClient webClient = WebClient.builder()
				.filter(new AuthenticationFilter(new BearerTokenAuthentication(() -> "template-token"),
						new StaticEndpointResolver(resolved), false))
				.build();
			String path = "/api/account/123456/lambdas/" + Emulators.UUID + "/invoke?v=1&externalSystem=x";

			for (URI host : List.of(Emulators.baseUri(elsewhere), Emulators.baseUri(liveperson))) {
				webClient.post()
					.uri(host + path)
					.attribute(AuthenticationFilter.RESOLVED_ENDPOINTS, resolved)
					.attribute(AuthenticationFilter.CALL_AUTHENTICATION,
							new BearerTokenAuthentication(() -> this.userToken))
					.bodyValue("{}")
					.retrieve()
					.toBodilessEntity()
					.onErrorComplete()
					.block();
			}

			assertThat(foreign.count()).isEqualTo(1);
			assertThat(foreign.last().header("Authorization")).isNull();
			assertThat(own.last().header("Authorization")).isEqualTo("Bearer " + this.userToken);
		}
	}

	@Test
	void aCallersCredentialsAreNotSentToTheAuthorizationServer() {
		RequestCapture invocations = liveperson.faults().capture(Endpoint.INVOKE);

		this.template
			.invokeByUuid(Emulators.UUID, null, InvocationOptions.builder().bearerToken(this.userToken).build())
			.block();
		this.template.invokeByUuid(Emulators.UUID, null).block();

		assertThat(this.tokens.count()).isEqualTo(1);
		assertThat(this.tokens.last().header("Authorization")).isNull();
		assertThat(this.tokens.last().bodyAsString()).doesNotContain(this.userToken);
		assertThat(invocations.count()).isEqualTo(2);
	}

	private static List<String> authorizations(RequestCapture capture) {
		return capture.requests().stream().map((request) -> request.header(HttpHeaders.AUTHORIZATION)).toList();
	}

	private static OAuth2AuthorizedClient authorizedClient(String user, String accessToken) {
		ClientRegistration registration = ClientRegistration.withRegistrationId("liveperson")
			.clientId(Emulators.CLIENT_ID)
			.clientSecret(Emulators.CLIENT_SECRET)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("http://localhost/login/oauth2/code/liveperson")
			.authorizationUri(Emulators.baseUri(liveperson) + "/sentinel/api/account/123456/authorize?v=1.0")
			.tokenUri(Emulators.baseUri(liveperson) + "/sentinel/api/account/123456/token?v=2.0")
			.build();
		Instant now = Instant.now();
		return new OAuth2AuthorizedClient(registration, user, new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
				accessToken, now.minusSeconds(60), now.plusSeconds(3600)));
	}

}
