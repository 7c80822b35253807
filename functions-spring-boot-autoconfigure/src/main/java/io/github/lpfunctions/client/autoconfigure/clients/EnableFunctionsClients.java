package io.github.lpfunctions.client.autoconfigure.clients;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;

/**
 * Registers a bean for every
 * {@link io.github.lpfunctions.client.annotation.FunctionsClient @FunctionsClient}
 * interface found in the given packages, or named by {@link #clients()}, implemented over
 * the auto-configured templates and the application's {@code JsonMapper}. With no
 * attribute it scans the package of the class it is on, and those below it.
 * <p>
 * Each client is created, and each of its methods checked, when the application starts: a
 * method that cannot be implemented stops the application with a failure analysis naming
 * the interface, the method and what to change.
 *
 * @author LivePerson Functions for Spring contributors
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(FunctionsClientsRegistrar.class)
public @interface EnableFunctionsClients {

	/**
	 * The packages to scan for {@code @FunctionsClient} interfaces.
	 * @return the package names
	 */
	String[] basePackages() default {};

	/**
	 * Classes whose packages are scanned for {@code @FunctionsClient} interfaces, a
	 * type-safe alternative to {@link #basePackages()}.
	 * @return the classes
	 */
	Class<?>[] basePackageClasses() default {};

	/**
	 * The interfaces to register, without scanning; scanning still happens when
	 * {@link #basePackages()} or {@link #basePackageClasses()} is given.
	 * @return the client interfaces
	 */
	Class<?>[] clients() default {};

}
