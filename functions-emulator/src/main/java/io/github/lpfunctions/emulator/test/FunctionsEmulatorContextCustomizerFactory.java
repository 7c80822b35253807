package io.github.lpfunctions.emulator.test;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Creates a {@link FunctionsEmulatorContextCustomizer} for test classes annotated with
 * {@link FunctionsEmulatorTest} (also on enclosing classes of {@code @Nested} tests).
 * Registered in {@code META-INF/spring.factories}.
 *
 * @author LivePerson Functions for Spring contributors
 */
class FunctionsEmulatorContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		FunctionsEmulatorTest annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				FunctionsEmulatorTest.class);
		return (annotation != null) ? new FunctionsEmulatorContextCustomizer(annotation) : null;
	}

}
