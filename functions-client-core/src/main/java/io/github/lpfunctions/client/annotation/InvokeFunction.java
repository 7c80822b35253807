package io.github.lpfunctions.client.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Invokes one function by its UUID: the method's payload parameter is the function's
 * input and its return type the function's result.
 * <p>
 * {@link #skillId()}, {@link #eventSource()} and {@link #timeout()} override the
 * interface's {@link FunctionsClient} defaults; each may be a {@code ${...}} placeholder.
 *
 * @author LivePerson Functions for Spring contributors
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface InvokeFunction {

	/**
	 * The UUID of the function, such as {@code 0b1c2d3e-4f50-4a6b-8c9d-0e1f2a3b4c5d}, or
	 * a {@code ${...}} property placeholder that resolves to one.
	 * @return the function UUID or a placeholder
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
