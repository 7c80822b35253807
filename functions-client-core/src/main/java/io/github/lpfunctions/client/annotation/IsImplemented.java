package io.github.lpfunctions.client.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks whether a function is bound to an event: the method returns {@code boolean},
 * {@code Boolean}, {@code Mono<Boolean>} or {@code CompletableFuture<Boolean>} and takes
 * no payload.
 * <p>
 * {@link #skillId()}, {@link #eventSource()} and {@link #timeout()} override the
 * interface's {@link FunctionsClient} defaults; each may be a {@code ${...}} placeholder.
 *
 * @author LivePerson Functions for Spring contributors
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface IsImplemented {

	/**
	 * The event id, such as {@code conversational_command}, or a {@code ${...}} property
	 * placeholder that resolves to one.
	 * @return the event id or a placeholder
	 */
	String value();

	/**
	 * The skill the call is made for; overrides {@link FunctionsClient#skillId()}.
	 * @return the skill id, or empty for the interface's
	 */
	String skillId() default "";

	/**
	 * The caller's name; overrides {@link FunctionsClient#eventSource()}.
	 * @return the event source, or empty for the interface's
	 */
	String eventSource() default "";

	/**
	 * The deadline of the call, such as {@code 5s}; overrides
	 * {@link FunctionsClient#timeout()}.
	 * @return the timeout, or empty for the interface's
	 */
	String timeout() default "";

}
