package io.github.lpfunctions.client.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of the configuration metadata that IDEs read: every property has a description
 * and the documented default, and region and platform offer their values.
 */
class FunctionsConfigurationMetadataTests {

	private static final List<String> CONTRACT = List.of("liveperson.functions.enabled",
			"liveperson.functions.account-id", "liveperson.functions.region", "liveperson.functions.client-id",
			"liveperson.functions.client-secret", "liveperson.functions.event-source", "liveperson.functions.timeout",
			"liveperson.functions.connect-timeout", "liveperson.functions.platform",
			"liveperson.functions.discovery.enabled", "liveperson.functions.discovery.uri",
			"liveperson.functions.discovery.scheme", "liveperson.functions.discovery.ttl",
			"liveperson.functions.endpoints.gateway", "liveperson.functions.endpoints.sentinel",
			"liveperson.functions.endpoints.management", "liveperson.functions.is-implemented.cache-ttl",
			"liveperson.functions.retry.max-attempts", "liveperson.functions.retry.base-delay",
			"liveperson.functions.retry.max-delay", "liveperson.functions.retry.invocations",
			"liveperson.functions.max-response-size", "liveperson.functions.allow-insecure-http",
			"liveperson.functions.trusted-domains", "liveperson.functions.max-request-size");

	@Test
	void everyContractPropertyIsDescribed() throws IOException {
		Map<String, JsonNode> properties = properties();
		assertThat(properties).containsKeys(CONTRACT.toArray(String[]::new));
		properties.forEach((name, property) -> {
			String description = property.path("description").asString("");
			assertThat(description).as(name).isNotBlank().doesNotStartWith("The ");
			if ("java.lang.Boolean".equals(property.path("type").asString(""))) {
				assertThat(description).as(name).startsWith("Whether");
			}
		});
	}

	@Test
	void defaultsAreDocumented() throws IOException {
		Map<String, JsonNode> properties = properties();
		assertThat(defaultOf(properties, "liveperson.functions.enabled")).isEqualTo("true");
		assertThat(defaultOf(properties, "liveperson.functions.timeout")).isEqualTo("35s");
		assertThat(defaultOf(properties, "liveperson.functions.connect-timeout")).isEqualTo("2s");
		assertThat(defaultOf(properties, "liveperson.functions.platform")).isEqualTo("auto");
		assertThat(defaultOf(properties, "liveperson.functions.discovery.uri")).isEqualTo("https://api.liveperson.net");
		assertThat(defaultOf(properties, "liveperson.functions.discovery.scheme")).isEqualTo("https");
		assertThat(defaultOf(properties, "liveperson.functions.discovery.ttl")).isEqualTo("10m");
		assertThat(defaultOf(properties, "liveperson.functions.is-implemented.cache-ttl")).isEqualTo("60s");
		assertThat(defaultOf(properties, "liveperson.functions.retry.max-attempts")).isEqualTo("3");
		assertThat(defaultOf(properties, "liveperson.functions.retry.base-delay")).isEqualTo("100ms");
		assertThat(defaultOf(properties, "liveperson.functions.retry.max-delay")).isEqualTo("2s");
		assertThat(defaultOf(properties, "liveperson.functions.retry.invocations")).isEqualTo("false");
		assertThat(defaultOf(properties, "liveperson.functions.max-response-size")).isEqualTo("10MB");
		assertThat(defaultOf(properties, "liveperson.functions.allow-insecure-http")).isEqualTo("false");
		assertThat(defaultOf(properties, "liveperson.functions.max-request-size")).isEqualTo("10MB");
		assertThat(properties.get("liveperson.functions.trusted-domains")
			.path("defaultValue")
			.valueStream()
			.map(JsonNode::asString)).containsExactly("liveperson.net");
	}

	@Test
	void tokenFailurePauseIsDescribedWithItsDefault() throws IOException {
		Map<String, JsonNode> properties = properties();
		assertThat(properties).containsKey("liveperson.functions.token.failure-pause");
		assertThat(defaultOf(properties, "liveperson.functions.token.failure-pause")).isEqualTo("5s");
	}

	@Test
	void tokenRefreshAheadIsDescribedWithoutADefault() throws IOException {
		Map<String, JsonNode> properties = properties();
		assertThat(properties).containsKey("liveperson.functions.token.refresh-ahead");
		JsonNode refreshAhead = properties.get("liveperson.functions.token.refresh-ahead");
		assertThat(refreshAhead.path("type").asString()).isEqualTo("java.time.Duration");
		assertThat(refreshAhead.path("description").asString()).contains("10% of the token's lifetime");
		assertThat(refreshAhead.has("defaultValue")).isFalse();
	}

	@Test
	void regionAndPlatformOfferTheirValues() throws IOException {
		JsonNode metadata = metadata();
		Map<String, List<String>> hints = metadata.path("hints")
			.valueStream()
			.collect(Collectors.toMap((hint) -> hint.path("name").asString(),
					(hint) -> hint.path("values")
						.valueStream()
						.map((value) -> value.path("value").asString())
						.toList()));
		assertThat(hints).containsEntry("liveperson.functions.region", List.of("us", "emea", "apac"))
			.containsEntry("liveperson.functions.platform", List.of("auto", "v1", "v2"));
	}

	private static String defaultOf(Map<String, JsonNode> properties, String name) {
		return properties.get(name).path("defaultValue").asString();
	}

	private static Map<String, JsonNode> properties() throws IOException {
		return metadata().path("properties")
			.valueStream()
			.filter((property) -> property.path("name").asString().startsWith("liveperson.functions."))
			.collect(Collectors.toMap((property) -> property.path("name").asString(), (property) -> property));
	}

	private static JsonNode metadata() throws IOException {
		try (InputStream in = new ClassPathResource("META-INF/spring-configuration-metadata.json").getInputStream()) {
			return JsonMapper.builder().build().readTree(in);
		}
	}

}
