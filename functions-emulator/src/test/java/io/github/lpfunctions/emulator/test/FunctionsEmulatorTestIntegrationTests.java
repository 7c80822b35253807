package io.github.lpfunctions.emulator.test;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import io.github.lpfunctions.emulator.EmulatedFunction;
import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.Platform;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = FunctionsEmulatorTestIntegrationTests.ClientConfiguration.class,
		properties = "liveperson.functions.client-id=overridden-by-test")
@FunctionsEmulatorTest(properties = { "functions.emulator.functions[0].uuid=preloaded",
		"functions.emulator.functions[0].result={\"ok\":true}" })
class FunctionsEmulatorTestIntegrationTests {

	static final AtomicReference<FunctionsEmulator> previous = new AtomicReference<>();

	@Autowired
	FunctionsEmulator emulator;

	@Autowired
	ClientProperties client;

	@Value("${liveperson.functions.discovery.uri}")
	String discoveryUri;

	@Test
	void suppliesConnectionPropertiesToTheApplication() {
		assertThat(this.discoveryUri).isEqualTo(this.emulator.baseUrl());
		assertThat(this.client.getAccountId()).isEqualTo("123456");
		assertThat(this.client.getClientSecret()).isEqualTo("emulator-secret");
		assertThat(this.client.getDiscovery().getScheme()).isEqualTo("http");
		assertThat(this.client.getPlatform()).isNull();
	}

	@Test
	void inlinedTestPropertiesWin() {
		assertThat(this.client.getClientId()).isEqualTo("overridden-by-test");
	}

	@Test
	void emulatorIgnoresTheHostsApplicationProperties() {
		assertThat(this.emulator.accountId()).isEqualTo("123456");
		assertThat(this.emulator.port()).isNotEqualTo(1).isPositive();
	}

	@Test
	void emulatorIsResetBeforeEachTestA() {
		assertResetAndDirty();
	}

	@Test
	void emulatorIsResetBeforeEachTestB() {
		assertResetAndDirty();
	}

	@Test
	void oneEmulatorPerContext() {
		FunctionsEmulator other = previous.getAndSet(this.emulator);
		assertThat(other).satisfiesAnyOf((value) -> assertThat(value).isNull(),
				(value) -> assertThat(value).isSameAs(this.emulator));
	}

	private void assertResetAndDirty() {
		assertThat(this.emulator.functions().all()).extracting(EmulatedFunction::uuid).containsExactly("preloaded");
		assertThat(this.emulator.faults().isDiscoveryDown()).isFalse();
		this.emulator.functions().put(EmulatedFunction.echo("added-by-a-test"));
		this.emulator.faults().discoveryDown(true);
	}

	@Nested
	class NestedTests {

		@Autowired
		FunctionsEmulator nestedEmulator;

		@Test
		void nestedTestsSeeTheSameEmulator() {
			assertThat(this.nestedEmulator).isSameAs(FunctionsEmulatorTestIntegrationTests.this.emulator);
		}

	}

	@SpringBootTest(classes = ClientConfiguration.class)
	@FunctionsEmulatorTest(platform = Platform.V2, accountId = "777")
	@Nested
	class V2Tests {

		@Autowired
		ApplicationContext context;

		@Test
		void platformAndAccountComeFromTheAnnotation() {
			FunctionsEmulator v2 = this.context.getBean(FunctionsEmulator.class);
			assertThat(v2.platform()).isEqualTo(Platform.V2);
			assertThat(this.context.getEnvironment().getProperty("liveperson.functions.platform")).isEqualTo("v2");
			assertThat(this.context.getEnvironment().getProperty("liveperson.functions.account-id")).isEqualTo("777");
		}

	}

	@SpringBootConfiguration
	@EnableConfigurationProperties(ClientProperties.class)
	static class ClientConfiguration {

	}

	@ConfigurationProperties("liveperson.functions")
	static class ClientProperties {

		private String accountId;

		private String clientId;

		private String clientSecret;

		private String platform;

		private final Discovery discovery = new Discovery();

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

		public String getPlatform() {
			return this.platform;
		}

		public void setPlatform(String platform) {
			this.platform = platform;
		}

		public Discovery getDiscovery() {
			return this.discovery;
		}

		static class Discovery {

			private String uri;

			private String scheme;

			public String getUri() {
				return this.uri;
			}

			public void setUri(String uri) {
				this.uri = uri;
			}

			public String getScheme() {
				return this.scheme;
			}

			public void setScheme(String scheme) {
				this.scheme = scheme;
			}

		}

	}

}
