package io.github.lpfunctions.client.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface whose methods call LivePerson Functions: each method carries
 * {@link InvokeFunction}, {@link InvokeEvent} or {@link IsImplemented}, and an
 * implementation is created by {@code FunctionsClientFactory} or, in a Spring Boot
 * application, registered as a bean by {@code @EnableFunctionsClients}.
 * <p>
 * The attributes are defaults for every method of the interface, which a method's own
 * annotation may override. Each may be a {@code ${...}} property placeholder; an empty
 * value takes the template's configuration.
 *
 * @author LivePerson Functions for Spring contributors
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface FunctionsClient {

	/**
	 * The skill the calls are made for, sent as the {@code skillId} query parameter.
	 * @return the skill id, or empty for none
	 */
	String skillId() default "";

	/**
	 * The caller's name, sent as {@code externalSystem} (V1) or {@code LP-EventSource}
	 * (V2).
	 * @return the event source, or empty for the template's
	 */
	String eventSource() default "";

	/**
	 * The deadline of each call, retries included, such as {@code 5s}, {@code 500ms} or
	 * {@code PT5S}.
	 * @return the timeout, or empty for the template's
	 */
	String timeout() default "";

}
