package io.github.lpfunctions.client.autoconfigure;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.github.lpfunctions.client.auth.BearerTokenAuthentication;
import io.github.lpfunctions.client.auth.ClientAuthentication;
import io.github.lpfunctions.client.health.FunctionsHealthIndicator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link FunctionsHealthContributorAutoConfiguration}.
 */
class FunctionsHealthContributorAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(FunctionsAutoConfiguration.class,
				FunctionsHealthContributorAutoConfiguration.class))
		.withPropertyValues("liveperson.functions.account-id=12345678",
				"liveperson.functions.client-id=functions-client", "liveperson.functions.client-secret=s3cr3t");

	@Test
	void healthIndicatorIsNamedForTheLivepersonFunctionsComponent() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(ReactiveHealthIndicator.class)
			.getBean("livepersonFunctionsHealthIndicator")
			.isInstanceOf(FunctionsHealthIndicator.class));
	}

	@Test
	void healthIndicatorCanBeSwitchedOff() {
		this.contextRunner.withPropertyValues("management.health.liveperson-functions.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(FunctionsHealthIndicator.class));
	}

	@Test
	void healthIndicatorFollowsTheDefaultsSwitch() {
		this.contextRunner.withPropertyValues("management.health.defaults.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(FunctionsHealthIndicator.class));
	}

	@Test
	void noHealthIndicatorWithoutSpringBootHealth() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(ReactiveHealthIndicator.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean("livepersonFunctionsHealthIndicator")
				.hasBean("functionsTemplate"));
	}

	@Test
	void noHealthIndicatorWhenTheClientIsDisabled() {
		this.contextRunner.withPropertyValues("liveperson.functions.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(FunctionsHealthIndicator.class));
	}

	@Test
	void userHealthIndicatorOfTheSameNameWins() {
		this.contextRunner
			.withBean("livepersonFunctionsHealthIndicator", ReactiveHealthIndicator.class,
					() -> () -> reactor.core.publisher.Mono
						.just(org.springframework.boot.health.contributor.Health.up().build()))
			.run((context) -> assertThat(context).doesNotHaveBean(FunctionsHealthIndicator.class)
				.hasSingleBean(ReactiveHealthIndicator.class));
	}

	@Test
	void healthIndicatorWorksWithAClientAuthenticationBean() {
		this.contextRunner.withPropertyValues("liveperson.functions.client-id=", "liveperson.functions.client-secret=")
			.withBean(ClientAuthentication.class, () -> new BearerTokenAuthentication(() -> "user-token"))
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(FunctionsHealthIndicator.class));
	}

}
