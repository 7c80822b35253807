package io.github.lpfunctions.emulator.test;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.util.Assert;

import io.github.lpfunctions.emulator.FunctionsEmulator;

/**
 * A JUnit Jupiter extension for tests without a Spring context: starts an emulator before
 * all tests of the class, resets it before each test, stops it after all, and resolves
 * {@link FunctionsEmulator} parameters.
 *
 * <pre class="code">
 * &#064;RegisterExtension
 * static final FunctionsEmulatorExtension emulator = new FunctionsEmulatorExtension(
 * 		() -&gt; FunctionsEmulator.builder().platform(Platform.V2));
 *
 * &#064;Test
 * void invokes() {
 * 	String baseUrl = emulator.get().baseUrl();
 * }
 * </pre>
 *
 * Register it in a {@code static} field (or with {@code @ExtendWith}, for the defaults).
 * For {@code @SpringBootTest} use {@link FunctionsEmulatorTest} instead.
 *
 * @author LivePerson Functions for Spring contributors
 */
public class FunctionsEmulatorExtension
		implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback, ParameterResolver {

	private final Supplier<FunctionsEmulator.Builder> builder;

	private @Nullable FunctionsEmulator emulator;

	/**
	 * Create an extension for an emulator with the defaults.
	 */
	public FunctionsEmulatorExtension() {
		this(FunctionsEmulator::builder);
	}

	/**
	 * Create an extension for an emulator configured by the given builder.
	 * @param builder supplies the configured builder
	 */
	public FunctionsEmulatorExtension(Supplier<FunctionsEmulator.Builder> builder) {
		Assert.notNull(builder, "'builder' must not be null");
		this.builder = builder;
	}

	/**
	 * Return the running emulator.
	 * @return the emulator
	 * @throws IllegalStateException outside the test class's lifecycle
	 */
	public FunctionsEmulator get() {
		Assert.state(this.emulator != null, "The emulator runs only while the test class runs");
		return this.emulator;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		if (this.emulator == null) {
			this.emulator = this.builder.get().start();
		}
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		get().reset();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (this.emulator != null && context.getParent().flatMap(ExtensionContext::getParent).isEmpty()) {
			this.emulator.close();
			this.emulator = null;
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == FunctionsEmulator.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return get();
	}

}
