package io.github.lpfunctions.client.autoconfigure;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;

import io.netty.resolver.AddressResolver;
import io.netty.resolver.AddressResolverGroup;
import io.netty.resolver.InetNameResolver;
import io.netty.resolver.InetSocketAddressResolver;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Promise;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.github.lpfunctions.client.FaaSException;
import io.github.lpfunctions.client.FunctionsTemplate;
import io.github.lpfunctions.client.autoconfigure.app.FunctionsTestApplication;
import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.RequestCapture;
import io.github.lpfunctions.emulator.ScriptedResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * End-to-end tests of {@code liveperson.functions.trusted-domains} against the emulator:
 * a discovery answer naming a host outside the trusted domains gets no request and makes
 * the health DOWN with the host and the property to change.
 */
@ExtendWith(OutputCaptureExtension.class)
class FunctionsTrustedDomainsIntegrationTests {

	private static final String FOREIGN_SENTINEL = "va.sentinel.evil.example";

	private final FunctionsEmulator emulator = EmulatedAccount.emulator().start();

	private final RequestCapture tokens = this.emulator.faults().capture(Endpoint.TOKEN);

	@AfterEach
	void stop() {
		this.emulator.close();
	}

	@Test
	void aForeignAuthorizationServerFromDiscoveryMakesTheHealthDownAndGetsNoRequest() {
		answerDiscoveryWithAForeignSentinel();
		// plain http allowed and every name resolved to the emulator: only the trusted
		// domains stand between the foreign name and the emulator's token endpoint
		try (ConfigurableApplicationContext context = run("--liveperson.functions.health.cache-ttl=0s",
				"--liveperson.functions.allow-insecure-http=true")) {
			IndicatedHealthDescriptor health = (IndicatedHealthDescriptor) context.getBean(HealthEndpoint.class)
				.healthForPath("livepersonFunctions");
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("reason", "discovery-failed")
				.containsEntry("account", EmulatedAccount.ACCOUNT);
			assertThat(String.valueOf(health.getDetails().get("error"))).contains("'" + FOREIGN_SENTINEL + "'")
				.contains("'liveperson.functions.trusted-domains'");
			assertThatExceptionOfType(FaaSException.class)
				.isThrownBy(() -> context.getBean(FunctionsTemplate.class)
					.invokeByUuid(EmulatedAccount.FUNCTION_UUID, Map.of("name", "Ada"), Map.class))
				.withMessageContaining(FOREIGN_SENTINEL);
		}
		assertThat(this.tokens.count()).isZero();
		assertThat(this.emulator.requests().to(Endpoint.INVOKE)).isEmpty();
	}

	@Test
	void theForeignAuthorizationServerGetsTheTokenRequestOnceItsDomainIsTrusted() {
		answerDiscoveryWithAForeignSentinel();
		try (ConfigurableApplicationContext context = run("--liveperson.functions.health.cache-ttl=0s",
				"--liveperson.functions.allow-insecure-http=true",
				"--liveperson.functions.trusted-domains=liveperson.net,evil.example")) {
			assertThat(context.getBean(FunctionsTemplate.class)
				.invokeByUuid(EmulatedAccount.FUNCTION_UUID, Map.of("name", "Ada"), Map.class)).containsKey("greeting");
		}
		assertThat(this.tokens.count()).isOne();
	}

	@Test
	void theLoopbackHostsOfTheEmulatorAreTrustedWhateverTheList() {
		try (ConfigurableApplicationContext context = run("--liveperson.functions.trusted-domains=example.com")) {
			assertThat(context.getBean(FunctionsTemplate.class)
				.invokeByUuid(EmulatedAccount.FUNCTION_UUID, Map.of("name", "Ada"), Map.class)).containsKey("greeting");
		}
		assertThat(this.tokens.count()).isOne();
	}

	@Test
	void aTrustedDomainThatIsNoDomainNameStopsTheApplicationWithAReport(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run("--liveperson.functions.trusted-domains=*.liveperson.net"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Property: liveperson.functions.trusted-domains")
			.contains("*.liveperson.net");
	}

	private void answerDiscoveryWithAForeignSentinel() {
		this.emulator.faults()
			.respond(Endpoint.DISCOVERY,
					(request) -> ScriptedResponse.discovery(EmulatedAccount.ACCOUNT,
							Map.of("faasGW", "localhost:" + this.emulator.port(), "sentinel",
									FOREIGN_SENTINEL + ":" + this.emulator.port())));
	}

	private ConfigurableApplicationContext run(String... properties) {
		String[] args = new String[properties.length + 2];
		args[0] = "--spring.config.location=classpath:/functions-app/application.yml";
		args[1] = "--emulator.port=" + this.emulator.port();
		System.arraycopy(properties, 0, args, 2, properties.length);
		return new SpringApplicationBuilder(FunctionsTestApplication.class, LocalNames.class)
			.web(WebApplicationType.NONE)
			.run(args);
	}

	/**
	 * Resolves every name the template looks up to 127.0.0.1, where the emulator is.
	 */
	@Configuration(proxyBeanMethods = false)
	static class LocalNames {

		@Bean
		FunctionsTemplateBuilderCustomizer everyNameIsLocal() {
			return (builder) -> builder.httpClientCustomizer((httpClient) -> httpClient.resolver(new Loopback()));
		}

	}

	static final class Loopback extends AddressResolverGroup<InetSocketAddress> {

		@Override
		protected AddressResolver<InetSocketAddress> newResolver(EventExecutor executor) {
			return new InetSocketAddressResolver(executor, new InetNameResolver(executor) {

				@Override
				protected void doResolve(String host, Promise<InetAddress> promise) {
					promise.setSuccess(InetAddress.getLoopbackAddress());
				}

				@Override
				protected void doResolveAll(String host, Promise<List<InetAddress>> promise) {
					promise.setSuccess(List.of(InetAddress.getLoopbackAddress()));
				}

			});
		}

	}

}
