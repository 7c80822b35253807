package io.github.lpfunctions.emulator.test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.Platform;

/**
 * Starts the emulator when the test context is created, adds its
 * {@code liveperson.functions.*} properties (below inlined test properties, above
 * everything else) and registers it as the {@code functionsEmulator} bean, closed with
 * the context. Equal for equal annotation attributes, so contexts stay cacheable.
 *
 * @author LivePerson Functions for Spring contributors
 */
class FunctionsEmulatorContextCustomizer implements ContextCustomizer {

	static final String BEAN_NAME = "functionsEmulator";

	private final Platform platform;

	private final String accountId;

	private final List<String> properties;

	FunctionsEmulatorContextCustomizer(FunctionsEmulatorTest annotation) {
		this.platform = annotation.platform();
		this.accountId = annotation.accountId();
		this.properties = List.of(annotation.properties());
	}

	@Override
	public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
		FunctionsEmulator emulator = FunctionsEmulator.builder()
			.platform(this.platform)
			.accountId(this.accountId)
			.properties(parse(this.properties))
			.start();
		MutablePropertySources sources = context.getEnvironment().getPropertySources();
		MapPropertySource source = new MapPropertySource("functionsEmulator",
				new LinkedHashMap<>(emulator.properties()));
		if (sources.contains(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME)) {
			sources.addAfter(TestPropertySourceUtils.INLINED_PROPERTIES_PROPERTY_SOURCE_NAME, source);
		}
		else {
			sources.addFirst(source);
		}
		ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
		beanFactory.registerSingleton(BEAN_NAME, emulator);
		if (beanFactory instanceof DefaultSingletonBeanRegistry registry) {
			registry.registerDisposableBean(BEAN_NAME, emulator::close);
		}
	}

	private static Map<String, String> parse(List<String> properties) {
		Map<String, String> result = new LinkedHashMap<>();
		TestPropertySourceUtils.convertInlinedPropertiesToMap(properties.toArray(String[]::new))
			.forEach((name, value) -> result.put(name, String.valueOf(value)));
		return result;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof FunctionsEmulatorContextCustomizer that)) {
			return false;
		}
		return this.platform == that.platform && this.accountId.equals(that.accountId)
				&& this.properties.equals(that.properties);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.platform, this.accountId, this.properties);
	}

	@Override
	public String toString() {
		return "FunctionsEmulatorContextCustomizer[platform=" + this.platform + ", accountId=" + this.accountId
				+ ", properties=" + Arrays.toString(this.properties.toArray()) + "]";
	}

}
