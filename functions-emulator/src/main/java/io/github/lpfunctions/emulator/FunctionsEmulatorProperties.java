package io.github.lpfunctions.emulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the emulator.
 *
 * @author LivePerson Functions for Spring contributors
 */
@ConfigurationProperties("functions.emulator")
public class FunctionsEmulatorProperties {

	/**
	 * Account id the emulator serves; other accounts are unknown.
	 */
	private String accountId = "123456";

	/**
	 * Client id of the one OAuth client the authorization server knows.
	 */
	private String clientId = "emulator-client";

	/**
	 * Client secret of that client (a demo value, not a real secret).
	 */
	private String clientSecret = "emulator-secret";

	/**
	 * Lifetime of issued access tokens.
	 */
	private Duration tokenLifetime = Duration.ofHours(1);

	/**
	 * How token responses carry expires_in.
	 */
	private ExpiresInFormat expiresIn = ExpiresInFormat.STRING;

	/**
	 * Whether the client-credentials endpoints also accept client_id and client_secret in
	 * the query string, as the official Java client sends them. Off by default: secrets
	 * in URLs leak into logs.
	 */
	private boolean acceptQueryCredentials;

	/**
	 * Key that signs tokens (HMAC-SHA256, at least 32 bytes); random when unset.
	 */
	private @Nullable String signingKey;

	/**
	 * Platform generation whose wire format the gateway speaks.
	 */
	private Platform platform = Platform.V1;

	/**
	 * Host name that discovery advertises for every service (with the server port).
	 */
	private String host = "localhost";

	/**
	 * Execution window of a function: a function whose delay exceeds it fails with the
	 * error executiontime-exceeded.
	 */
	private Duration functionTimeout = Duration.ofSeconds(30);

	/**
	 * Users with the FaaS-Invocation privilege, user name to password: they sign in on
	 * the login page and through the Login API, and the gateway accepts their tokens.
	 */
	private Map<String, String> users = new LinkedHashMap<>(Map.of("agent", "agent-password"));

	/**
	 * Users without the FaaS-Invocation privilege, user name to password: they sign in as
	 * the others do, and the gateway refuses their tokens with 403.
	 */
	private Map<String, String> usersWithoutInvocation = new LinkedHashMap<>();

	/**
	 * Further OAuth clients besides client-id, client id to client secret.
	 */
	private Map<String, String> clients = new LinkedHashMap<>();

	/**
	 * Redirect URIs registered per client id; a client without any may redirect anywhere.
	 */
	private Map<String, List<String>> redirectUris = new LinkedHashMap<>();

	/**
	 * Lifetime of refresh tokens, counted from the last time each was used; unset, they
	 * are valid until revoked.
	 */
	private @Nullable Duration refreshTokenLifetime;

	/**
	 * Whether a refresh answers with a new refresh token and ends the old one.
	 */
	private boolean rotateRefreshTokens;

	/**
	 * Functions deployed at start-up.
	 */
	private List<Function> functions = new ArrayList<>();

	/**
	 * Maximum number of recorded requests kept; the oldest are dropped.
	 */
	private int maxRecordedRequests = 1000;

	/**
	 * Whether every response closes its connection. When unset, only on Reactor Netty
	 * before 1.3.8, which can stop reading a keep-alive connection (reactor-netty#4361).
	 */
	private @Nullable Boolean closeConnections;

	public String getAccountId() {
		return this.accountId;
	}

	public void setAccountId(String accountId) {
		this.accountId = accountId;
	}

	public String getClientId() {
		return this.clientId;
	}

	public void setClientId(String clientId) {
		this.clientId = clientId;
	}

	public String getClientSecret() {
		return this.clientSecret;
	}

	public void setClientSecret(String clientSecret) {
		this.clientSecret = clientSecret;
	}

	public Duration getTokenLifetime() {
		return this.tokenLifetime;
	}

	public void setTokenLifetime(Duration tokenLifetime) {
		this.tokenLifetime = tokenLifetime;
	}

	public ExpiresInFormat getExpiresIn() {
		return this.expiresIn;
	}

	public void setExpiresIn(ExpiresInFormat expiresIn) {
		this.expiresIn = expiresIn;
	}

	public boolean isAcceptQueryCredentials() {
		return this.acceptQueryCredentials;
	}

	public void setAcceptQueryCredentials(boolean acceptQueryCredentials) {
		this.acceptQueryCredentials = acceptQueryCredentials;
	}

	public @Nullable String getSigningKey() {
		return this.signingKey;
	}

	public void setSigningKey(@Nullable String signingKey) {
		this.signingKey = signingKey;
	}

	public Platform getPlatform() {
		return this.platform;
	}

	public void setPlatform(Platform platform) {
		this.platform = platform;
	}

	public String getHost() {
		return this.host;
	}

	public void setHost(String host) {
		this.host = host;
	}

	public Duration getFunctionTimeout() {
		return this.functionTimeout;
	}

	public void setFunctionTimeout(Duration functionTimeout) {
		this.functionTimeout = functionTimeout;
	}

	public Map<String, String> getUsers() {
		return this.users;
	}

	public void setUsers(Map<String, String> users) {
		this.users = users;
	}

	public Map<String, String> getUsersWithoutInvocation() {
		return this.usersWithoutInvocation;
	}

	public void setUsersWithoutInvocation(Map<String, String> usersWithoutInvocation) {
		this.usersWithoutInvocation = usersWithoutInvocation;
	}

	public Map<String, String> getClients() {
		return this.clients;
	}

	public void setClients(Map<String, String> clients) {
		this.clients = clients;
	}

	public Map<String, List<String>> getRedirectUris() {
		return this.redirectUris;
	}

	public void setRedirectUris(Map<String, List<String>> redirectUris) {
		this.redirectUris = redirectUris;
	}

	public @Nullable Duration getRefreshTokenLifetime() {
		return this.refreshTokenLifetime;
	}

	public void setRefreshTokenLifetime(@Nullable Duration refreshTokenLifetime) {
		this.refreshTokenLifetime = refreshTokenLifetime;
	}

	public boolean isRotateRefreshTokens() {
		return this.rotateRefreshTokens;
	}

	public void setRotateRefreshTokens(boolean rotateRefreshTokens) {
		this.rotateRefreshTokens = rotateRefreshTokens;
	}

	/**
	 * Return the secret of a known OAuth client: client-id or one of clients.
	 * @param clientId the client id
	 * @return the secret, or {@code null} for an unknown client
	 */
	public @Nullable String secretOf(String clientId) {
		return clientId.equals(this.clientId) ? this.clientSecret : this.clients.get(clientId);
	}

	/**
	 * Return the redirect URIs registered for a client.
	 * @param clientId the client id
	 * @return the URIs, empty when the client may redirect anywhere
	 */
	public List<String> redirectUrisOf(String clientId) {
		return this.redirectUris.getOrDefault(clientId, List.of());
	}

	public int getMaxRecordedRequests() {
		return this.maxRecordedRequests;
	}

	public void setMaxRecordedRequests(int maxRecordedRequests) {
		this.maxRecordedRequests = maxRecordedRequests;
	}

	public @Nullable Boolean getCloseConnections() {
		return this.closeConnections;
	}

	public void setCloseConnections(@Nullable Boolean closeConnections) {
		this.closeConnections = closeConnections;
	}

	public List<Function> getFunctions() {
		return this.functions;
	}

	public void setFunctions(List<Function> functions) {
		this.functions = functions;
	}

	/**
	 * A function deployed at start-up.
	 */
	public static class Function {

		/**
		 * UUID of the function.
		 */
		private @Nullable String uuid;

		/**
		 * Name of the function; derived from the UUID when unset.
		 */
		private @Nullable String name;

		/**
		 * Description shown in listings.
		 */
		private @Nullable String description;

		/**
		 * Event the function is bound to.
		 */
		private @Nullable String event;

		/**
		 * Lifecycle state: Draft, Productive, Modified or Marked Undeployed.
		 */
		private String state = "Productive";

		/**
		 * Result as JSON text (text that is not JSON is returned as a JSON string); the
		 * function echoes the payload when neither result nor error-code is set.
		 */
		private @Nullable String result;

		/**
		 * Error code the function fails with.
		 */
		private @Nullable String errorCode;

		/**
		 * Error message the function fails with.
		 */
		private @Nullable String errorMessage;

		/**
		 * HTTP status of the failure; by default the one the platform uses for the code.
		 */
		private @Nullable Integer errorStatus;

		/**
		 * How long an invocation takes.
		 */
		private Duration delay = Duration.ZERO;

		/**
		 * Whether the function answers who invoked it (see EmulatedFunction.whoAmI).
		 */
		private boolean whoAmI;

		public @Nullable String getUuid() {
			return this.uuid;
		}

		public void setUuid(@Nullable String uuid) {
			this.uuid = uuid;
		}

		public @Nullable String getName() {
			return this.name;
		}

		public void setName(@Nullable String name) {
			this.name = name;
		}

		public @Nullable String getDescription() {
			return this.description;
		}

		public void setDescription(@Nullable String description) {
			this.description = description;
		}

		public @Nullable String getEvent() {
			return this.event;
		}

		public void setEvent(@Nullable String event) {
			this.event = event;
		}

		public String getState() {
			return this.state;
		}

		public void setState(String state) {
			this.state = state;
		}

		public @Nullable String getResult() {
			return this.result;
		}

		public void setResult(@Nullable String result) {
			this.result = result;
		}

		public @Nullable String getErrorCode() {
			return this.errorCode;
		}

		public void setErrorCode(@Nullable String errorCode) {
			this.errorCode = errorCode;
		}

		public @Nullable String getErrorMessage() {
			return this.errorMessage;
		}

		public void setErrorMessage(@Nullable String errorMessage) {
			this.errorMessage = errorMessage;
		}

		public @Nullable Integer getErrorStatus() {
			return this.errorStatus;
		}

		public void setErrorStatus(@Nullable Integer errorStatus) {
			this.errorStatus = errorStatus;
		}

		public Duration getDelay() {
			return this.delay;
		}

		public void setDelay(Duration delay) {
			this.delay = delay;
		}

		public boolean isWhoAmI() {
			return this.whoAmI;
		}

		public void setWhoAmI(boolean whoAmI) {
			this.whoAmI = whoAmI;
		}

	}

}
