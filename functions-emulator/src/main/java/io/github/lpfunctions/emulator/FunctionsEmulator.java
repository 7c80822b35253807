package io.github.lpfunctions.emulator;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.ApplicationContextFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.context.reactive.StandardReactiveWebEnvironment;
import org.springframework.boot.web.server.reactive.context.AnnotationConfigReactiveWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.aot.AotApplicationContextInitializer;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.util.Assert;

import io.github.lpfunctions.emulator.csds.AdvertisedAddress;
import io.github.lpfunctions.emulator.sentinel.TokenIssuer;

/**
 * A running emulator of the LivePerson Functions platform, embedded in the current JVM:
 * discovery, authorization server and invocation gateway on one port.
 * <p>
 * It runs in its own application context, configured only by the builder: it reads no
 * {@code application.properties}, no system properties and no environment variables, and
 * applies only the auto-configurations it needs, which makes it safe inside any
 * application or test.
 *
 * <pre class="code">
 * try (FunctionsEmulator emulator = FunctionsEmulator.builder()
 * 		.function(EmulatedFunction.returning("uuid-1", Map.of("ok", true)))
 * 		.start()) {
 * 	Map&lt;String, String&gt; properties = emulator.properties();
 * 	emulator.faults().failNextGatewayRequests(3, 503);
 * }
 * </pre>
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class FunctionsEmulator implements AutoCloseable {

	private static final String PREFIX = "functions.emulator.";

	private final ConfigurableApplicationContext context;

	private final FunctionsEmulatorProperties properties;

	private final AdvertisedAddress address;

	private FunctionsEmulator(ConfigurableApplicationContext context) {
		this.context = context;
		this.properties = context.getBean(FunctionsEmulatorProperties.class);
		this.address = context.getBean(AdvertisedAddress.class);
	}

	/**
	 * Start an emulator with the defaults on a free port.
	 * @return the running emulator
	 */
	public static FunctionsEmulator start() {
		return builder().start();
	}

	/**
	 * Return a builder for an emulator (a free port and the defaults unless set).
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Wrap a running emulator context, such as the one the standalone application starts.
	 * @param context the context built from {@link FunctionsEmulatorConfiguration}
	 * @return the emulator
	 */
	public static FunctionsEmulator of(ConfigurableApplicationContext context) {
		return new FunctionsEmulator(context);
	}

	/**
	 * Return the port the emulator listens on.
	 * @return the port
	 */
	public int port() {
		return this.address.port();
	}

	/**
	 * Return the base URL of the emulator, e.g. {@code http://localhost:8787}.
	 * @return the base URL
	 */
	public String baseUrl() {
		return this.address.baseUrl();
	}

	/**
	 * Return the account id the emulator serves.
	 * @return the account id
	 */
	public String accountId() {
		return this.properties.getAccountId();
	}

	/**
	 * Return the client id the authorization server knows.
	 * @return the client id
	 */
	public String clientId() {
		return this.properties.getClientId();
	}

	/**
	 * Return the client secret the authorization server knows (a demo value).
	 * @return the client secret
	 */
	public String clientSecret() {
		return this.properties.getClientSecret();
	}

	/**
	 * Return the platform generation the gateway speaks.
	 * @return the platform
	 */
	public Platform platform() {
		return this.properties.getPlatform();
	}

	/**
	 * Return the {@code liveperson.functions.*} properties that point an application at
	 * this emulator: account id, client id and secret, discovery URI and scheme, and the
	 * platform when it is V2.
	 * @return the properties, in a stable order
	 */
	public Map<String, String> properties() {
		return connectionProperties(this.properties, this.address.baseUrl());
	}

	static Map<String, String> connectionProperties(FunctionsEmulatorProperties properties, String baseUrl) {
		Map<String, String> result = new LinkedHashMap<>();
		result.put("liveperson.functions.account-id", properties.getAccountId());
		result.put("liveperson.functions.client-id", properties.getClientId());
		result.put("liveperson.functions.client-secret", properties.getClientSecret());
		result.put("liveperson.functions.discovery.uri", baseUrl);
		result.put("liveperson.functions.discovery.scheme", "http");
		if (properties.getPlatform() == Platform.V2) {
			result.put("liveperson.functions.platform", "v2");
		}
		return result;
	}

	/**
	 * Return the deployed functions; changes apply to the next request.
	 * @return the function registry
	 */
	public FunctionRegistry functions() {
		return this.context.getBean(FunctionRegistry.class);
	}

	/**
	 * Return the users of the account; changes apply to the next request.
	 * @return the user directory
	 */
	public UserDirectory users() {
		return this.context.getBean(UserDirectory.class);
	}

	/**
	 * Return the recorded requests.
	 * @return the request journal
	 */
	public RequestJournal requests() {
		return this.context.getBean(RequestJournal.class);
	}

	/**
	 * Return the fault injector.
	 * @return the faults
	 */
	public FaultInjector faults() {
		return this.context.getBean(FaultInjector.class);
	}

	/**
	 * Issue a client-credentials access token directly, e.g. an expired one when the
	 * lifetime is negative.
	 * @param lifetime the lifetime
	 * @return the JWT
	 */
	public String issueAccessToken(Duration lifetime) {
		return this.context.getBean(TokenIssuer.class).issueAccessToken(accountId(), clientId(), clientId(), lifetime);
	}

	/**
	 * Issue a user's access token directly, as the authorization-code flow would issue it
	 * to the emulator's client, e.g. for a test that needs a user's token without signing
	 * in. The gateway applies the user's privilege when the token is used.
	 * @param user the user name, one of {@link #users()}
	 * @param lifetime the lifetime (negative for an expired token)
	 * @return the JWT
	 */
	public String issueUserAccessToken(String user, Duration lifetime) {
		EmulatedUser known = users().get(user)
			.orElseThrow(() -> new IllegalArgumentException("The emulator has no user " + user));
		return this.context.getBean(TokenIssuer.class)
			.issueUserAccessToken(accountId(), known, clientId(), UUID.randomUUID().toString(), lifetime);
	}

	/**
	 * Forget recorded requests, faults and invocation counts, and restore the functions
	 * and users the emulator started with.
	 */
	public void reset() {
		this.context.getBean(EmulatorReset.class).run();
	}

	/**
	 * Return the emulator's application context.
	 * @return the context
	 */
	public ConfigurableApplicationContext context() {
		return this.context;
	}

	/**
	 * Whether the emulator is running.
	 * @return {@code true} until {@link #close()}
	 */
	public boolean isRunning() {
		return this.context.isActive();
	}

	/**
	 * Stop the emulator.
	 */
	@Override
	public void close() {
		this.context.close();
	}

	@Override
	public String toString() {
		return "FunctionsEmulator[" + baseUrl() + ", account " + accountId() + ", " + platform() + "]";
	}

	/**
	 * Builds and starts a {@link FunctionsEmulator}.
	 */
	public static final class Builder {

		private final Map<String, Object> settings = new LinkedHashMap<>();

		private final List<EmulatedFunction> functions = new ArrayList<>();

		private @Nullable Clock clock;

		private Builder() {
			this.settings.put("server.port", "0");
		}

		/**
		 * Set the port, {@code 0} (the default) for a free one.
		 * @param port the port
		 * @return this builder
		 */
		public Builder port(int port) {
			return property("server.port", Integer.toString(port));
		}

		/**
		 * Set the account id (default {@code 123456}).
		 * @param accountId the account id
		 * @return this builder
		 */
		public Builder accountId(String accountId) {
			return property(PREFIX + "account-id", accountId);
		}

		/**
		 * Set the client id (default {@code emulator-client}).
		 * @param clientId the client id
		 * @return this builder
		 */
		public Builder clientId(String clientId) {
			return property(PREFIX + "client-id", clientId);
		}

		/**
		 * Set the client secret (default {@code emulator-secret}).
		 * @param clientSecret the client secret
		 * @return this builder
		 */
		public Builder clientSecret(String clientSecret) {
			return property(PREFIX + "client-secret", clientSecret);
		}

		/**
		 * Set the lifetime of issued access tokens (default one hour).
		 * @param tokenLifetime the lifetime
		 * @return this builder
		 */
		public Builder tokenLifetime(Duration tokenLifetime) {
			return property(PREFIX + "token-lifetime", tokenLifetime.toString());
		}

		/**
		 * Set how token responses carry {@code expires_in} (default a string).
		 * @param format the format
		 * @return this builder
		 */
		public Builder expiresIn(ExpiresInFormat format) {
			return property(PREFIX + "expires-in", format.name());
		}

		/**
		 * Set the platform generation (default V1).
		 * @param platform the platform
		 * @return this builder
		 */
		public Builder platform(Platform platform) {
			return property(PREFIX + "platform", platform.name());
		}

		/**
		 * Add a user with the FaaS-Invocation privilege, who signs in on the login page
		 * and through the Login API.
		 * @param name the user name
		 * @param password the password
		 * @return this builder
		 */
		public Builder user(String name, String password) {
			return property(PREFIX + "users[" + name + "]", password);
		}

		/**
		 * Add a user without the FaaS-Invocation privilege: signs in as the others do,
		 * and the gateway refuses the user's tokens with 403.
		 * @param name the user name
		 * @param password the password
		 * @return this builder
		 */
		public Builder userWithoutPrivilege(String name, String password) {
			return property(PREFIX + "users-without-invocation[" + name + "]", password);
		}

		/**
		 * Add an OAuth client besides the default one.
		 * @param clientId the client id
		 * @param clientSecret the client secret
		 * @return this builder
		 */
		public Builder client(String clientId, String clientSecret) {
			return property(PREFIX + "clients[" + clientId + "]", clientSecret);
		}

		/**
		 * Register the redirect URIs of a client: its authorization requests must name
		 * one of them (default: any).
		 * @param clientId the client id
		 * @param redirectUris the redirect URIs
		 * @return this builder
		 */
		public Builder redirectUris(String clientId, String... redirectUris) {
			Assert.notEmpty(redirectUris, "'redirectUris' must not be empty");
			return property(PREFIX + "redirect-uris[" + clientId + "]", String.join(",", redirectUris));
		}

		/**
		 * Set how long a refresh token stays valid after its last use (default: until
		 * revoked).
		 * @param lifetime the lifetime
		 * @return this builder
		 */
		public Builder refreshTokenLifetime(Duration lifetime) {
			return property(PREFIX + "refresh-token-lifetime", lifetime.toString());
		}

		/**
		 * Set the clock the emulator reads: when tokens are issued and expire, the
		 * timestamps of results and recorded requests (default the system clock). A test
		 * that moves the clock of the client under test can hand the emulator the same
		 * one, so that tokens expire for both at once.
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			Assert.notNull(clock, "'clock' must not be null");
			this.clock = clock;
			return this;
		}

		/**
		 * Deploy functions at start-up.
		 * @param functions the functions
		 * @return this builder
		 */
		public Builder function(EmulatedFunction... functions) {
			this.functions.addAll(List.of(functions));
			return this;
		}

		/**
		 * Set any emulator property ({@code functions.emulator.*}, {@code server.*}).
		 * @param name the property name
		 * @param value the value
		 * @return this builder
		 */
		public Builder property(String name, String value) {
			Assert.hasText(name, "'name' must not be empty");
			Assert.notNull(value, "'value' must not be null");
			this.settings.put(name, value);
			return this;
		}

		/**
		 * Set several emulator properties.
		 * @param properties the properties
		 * @return this builder
		 */
		public Builder properties(Map<String, String> properties) {
			properties.forEach(this::property);
			return this;
		}

		/**
		 * Start the emulator.
		 * @return the running emulator
		 */
		public FunctionsEmulator start() {
			SpringApplication application = new SpringApplication(FunctionsEmulatorConfiguration.class);
			application.setWebApplicationType(WebApplicationType.REACTIVE);
			application.setApplicationContextFactory(
					ApplicationContextFactory.of(AnnotationConfigReactiveWebServerApplicationContext::new));
			application.setEnvironment(new IsolatedEnvironment(this.settings));
			// no listeners or initializers from spring.factories: they would read config
			// files and re-initialize the host's logging
			application.setListeners(List.of());
			application.setInitializers(List.of());
			// the builder's functions and clock are beans, so the functions are deployed
			// before the server accepts its first request
			application.addInitializers((context) -> registerBeans(context.getBeanFactory()));
			if (AotDetector.useGeneratedArtifacts()) {
				// With spring.aot.enabled=true, SpringApplication would apply the host
				// application's generated initializer to this context too, and load no
				// sources. The emulator is not AOT-processed: an initializer of its own
				// registers its configuration, parsed as usual.
				AotApplicationContextInitializer<ConfigurableApplicationContext> configuration = Builder::registerConfiguration;
				application.addInitializers(configuration);
			}
			application.setBannerMode(Banner.Mode.OFF);
			application.setLogStartupInfo(false);
			application.setAddCommandLineProperties(false);
			return new FunctionsEmulator(application.run());
		}

		private static void registerConfiguration(ConfigurableApplicationContext context) {
			((AnnotationConfigReactiveWebServerApplicationContext) context)
				.register(FunctionsEmulatorConfiguration.class);
		}

		private void registerBeans(ConfigurableListableBeanFactory beanFactory) {
			for (int i = 0; i < this.functions.size(); i++) {
				beanFactory.registerSingleton("functionsEmulatorFunction" + i, this.functions.get(i));
			}
			if (this.clock != null) {
				beanFactory.registerSingleton("functionsEmulatorBuilderClock", this.clock);
			}
		}

	}

	/**
	 * An environment of the builder's settings only: it holds neither system properties
	 * nor environment variables.
	 */
	private static final class IsolatedEnvironment extends StandardReactiveWebEnvironment {

		IsolatedEnvironment(Map<String, Object> settings) {
			getPropertySources().addFirst(new MapPropertySource("functionsEmulator", new LinkedHashMap<>(settings)));
		}

		@Override
		protected void customizePropertySources(MutablePropertySources propertySources) {
		}

	}

}
