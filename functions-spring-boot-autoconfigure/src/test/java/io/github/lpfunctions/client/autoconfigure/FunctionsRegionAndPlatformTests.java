package io.github.lpfunctions.client.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

import io.github.lpfunctions.client.Platform;
import io.github.lpfunctions.client.autoconfigure.FunctionsProperties.PlatformMode;
import io.github.lpfunctions.client.discovery.Region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Tests of {@code liveperson.functions.region} and {@code liveperson.functions.platform},
 * bound as enums: in any case, offered to IDEs with their values, and a wrong value
 * reported as the README shows it.
 */
@ExtendWith(OutputCaptureExtension.class)
class FunctionsRegionAndPlatformTests {

	private static final String[] MINIMAL = { "liveperson.functions.account-id=12345678",
			"liveperson.functions.client-id=functions-client", "liveperson.functions.client-secret=s3cr3t" };

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(FunctionsAutoConfiguration.class))
		.withPropertyValues(MINIMAL);

	@Test
	void regionBindsInAnyCase() {
		assertRegion("US", Region.US);
		assertRegion("emea", Region.EMEA);
		assertRegion("Apac", Region.APAC);
	}

	@Test
	void blankRegionIsNoRegion() {
		// as 'region: ${LP_REGION:}' binds without the variable
		this.contextRunner.withPropertyValues("liveperson.functions.region=")
			.run((context) -> assertThat(context).hasNotFailed()
				.getBean(FunctionsProperties.class)
				.extracting(FunctionsProperties::getRegion)
				.isNull());
	}

	@Test
	void platformBindsInAnyCase() {
		assertPlatform("auto", PlatformMode.AUTO, null);
		assertPlatform("V1", PlatformMode.V1, Platform.V1);
		assertPlatform("v2", PlatformMode.V2, Platform.V2);
		this.contextRunner
			.run((context) -> assertThat(context.getBean(FunctionsConnectionDetails.class).getPlatform()).isNull());
	}

	@Test
	void metadataCarriesTheEnumValues() throws IOException {
		JsonNode metadata = metadata();
		assertThat(property(metadata, "liveperson.functions.region").path("type").asString())
			.isEqualTo(Region.class.getName());
		assertThat(property(metadata, "liveperson.functions.platform").path("type").asString())
			.isEqualTo(PlatformMode.class.getName());
		assertThat(hintValues(metadata, "liveperson.functions.region")).isEqualTo(names(Region.values()));
		assertThat(hintValues(metadata, "liveperson.functions.platform")).isEqualTo(names(PlatformMode.values()));
	}

	@Test
	void unknownRegionIsReportedAsTheReadmeShows(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run("--liveperson.functions.region=mars"));
		assertThat(output).contains("""
				Description:

				The LivePerson Functions client could not be configured:

				    Property: liveperson.functions.region
				    Value: "mars"
				    Reason: unknown region; use one of us, emea, apac

				Action:

				Set 'liveperson.functions.region' to us, emea or apac (the data centre of your account), or remove it.
				""");
	}

	@Test
	void unknownPlatformIsReportedWithItsValues(CapturedOutput output) {
		assertThatException().isThrownBy(() -> run("--liveperson.functions.platform=v3"));
		assertThat(output).contains("""
				    Property: liveperson.functions.platform
				    Value: "v3"
				    Reason: unknown platform; use one of auto, v1, v2

				Action:

				Set 'liveperson.functions.platform' to auto (detect it from the gateway host), v1 or v2.
				""");
	}

	@Test
	void otherBindingFailuresAreLeftToSpringBoot() {
		this.contextRunner.withPropertyValues("liveperson.functions.timeout=soon").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(new FunctionsFailureAnalyzer().analyze(context.getStartupFailure())).isNull();
		});
	}

	private void assertRegion(String value, Region region) {
		// without discovery, the region is what tells the domains
		this.contextRunner
			.withPropertyValues("liveperson.functions.region=" + value, "liveperson.functions.discovery.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed()
				.getBean(FunctionsProperties.class)
				.extracting(FunctionsProperties::getRegion)
				.isEqualTo(region));
	}

	private void assertPlatform(String value, PlatformMode mode, Platform platform) {
		this.contextRunner.withPropertyValues("liveperson.functions.platform=" + value).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(FunctionsProperties.class).getPlatform()).isEqualTo(mode);
			assertThat(context.getBean(FunctionsConnectionDetails.class).getPlatform()).isEqualTo(platform);
		});
	}

	private static void run(String... properties) {
		String[] args = Stream.concat(Arrays.stream(MINIMAL).map("--"::concat), Arrays.stream(properties))
			.toArray(String[]::new);
		new SpringApplicationBuilder(FunctionsOnly.class).web(WebApplicationType.NONE).run(args).close();
	}

	private static List<String> names(Enum<?>[] constants) {
		return Arrays.stream(constants).map((constant) -> constant.name().toLowerCase(Locale.ROOT)).toList();
	}

	private static JsonNode property(JsonNode metadata, String name) {
		return metadata.path("properties")
			.valueStream()
			.filter((property) -> property.path("name").asString().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private static List<String> hintValues(JsonNode metadata, String name) {
		return metadata.path("hints")
			.valueStream()
			.filter((hint) -> hint.path("name").asString().equals(name))
			.flatMap((hint) -> hint.path("values").valueStream())
			.map((value) -> value.path("value").asString())
			.toList();
	}

	private static JsonNode metadata() throws IOException {
		try (InputStream in = new ClassPathResource("META-INF/spring-configuration-metadata.json").getInputStream()) {
			return JsonMapper.builder().build().readTree(in);
		}
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(FunctionsAutoConfiguration.class)
	static class FunctionsOnly {

	}

}
