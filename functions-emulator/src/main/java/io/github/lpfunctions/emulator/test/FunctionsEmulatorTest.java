package io.github.lpfunctions.emulator.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.github.lpfunctions.emulator.FunctionsEmulator;
import io.github.lpfunctions.emulator.Platform;

/**
 * Starts a {@link FunctionsEmulator} on a free port for a Spring test context (for
 * example a {@code @SpringBootTest}), adds the {@code liveperson.functions.*} properties
 * that point the application at it, and registers the emulator as a bean, so the test can
 * {@code @Autowired} it.
 * <p>
 * The emulator lives as long as the test context: test classes that share a cached
 * context share the emulator. Before each test method the recorded requests, the faults
 * and the invocation counts are cleared and the functions are restored to the ones the
 * emulator started with (see {@link #resetBeforeEachTest()}).
 *
 * <pre class="code">
 * &#064;SpringBootTest
 * &#064;FunctionsEmulatorTest
 * class MyIntegrationTests {
 *
 * 	&#064;Autowired
 * 	FunctionsEmulator emulator;
 *
 * }
 * </pre>
 *
 * @author LivePerson Functions for Spring contributors
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface FunctionsEmulatorTest {

	/**
	 * Platform generation the emulator speaks.
	 * @return the platform
	 */
	Platform platform() default Platform.V1;

	/**
	 * Account id the emulator serves.
	 * @return the account id
	 */
	String accountId() default "123456";

	/**
	 * Further emulator properties in {@code name=value} form, e.g.
	 * {@code "functions.emulator.token-lifetime=PT5S"} or
	 * {@code "functions.emulator.functions[0].uuid=abc"}.
	 * @return the properties
	 */
	String[] properties() default {};

	/**
	 * Whether to reset the emulator before each test method.
	 * @return {@code true} to reset
	 */
	boolean resetBeforeEachTest() default true;

}
