package io.github.lpfunctions.client.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Invokes every function bound to an event: the method's payload parameter is the input
 * and it returns {@code List<EventInvocationResult<T>>},
 * {@code Flux<EventInvocationResult<T>>}, {@code Mono<List<EventInvocationResult<T>>>},
 * {@code void} or {@code Mono<Void>}.
 * <p>
 * {@link #skillId()}, {@link #eventSource()} and {@link #timeout()} override the
 * interface's {@link FunctionsClient} defaults; each may be a {@code ${...}} placeholder.
 *
 * @author LivePerson Functions for Spring contributors
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface InvokeEvent {

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
