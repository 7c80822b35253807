package io.github.lpfunctions.emulator.test;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.TestExecutionListener;

import io.github.lpfunctions.emulator.FunctionsEmulator;

/**
 * Resets the emulator of a {@link FunctionsEmulatorTest} context before each test method
 * (unless {@link FunctionsEmulatorTest#resetBeforeEachTest()} is off). Does nothing for
 * other test classes and never loads a context itself.
 *
 * @author LivePerson Functions for Spring contributors
 */
class FunctionsEmulatorTestExecutionListener implements TestExecutionListener, Ordered {

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 100;
	}

	@Override
	public void beforeTestMethod(TestContext testContext) {
		FunctionsEmulatorTest annotation = TestContextAnnotationUtils.findMergedAnnotation(testContext.getTestClass(),
				FunctionsEmulatorTest.class);
		if (annotation == null || !annotation.resetBeforeEachTest() || !testContext.hasApplicationContext()) {
			return;
		}
		ApplicationContext context = testContext.getApplicationContext();
		if (context.containsBean(FunctionsEmulatorContextCustomizer.BEAN_NAME) && context
			.getBean(FunctionsEmulatorContextCustomizer.BEAN_NAME) instanceof FunctionsEmulator emulator) {
			emulator.reset();
		}
	}

}
