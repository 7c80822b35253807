package io.github.lpfunctions.client.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code String} parameter of a {@link FunctionsClient} method as a header handed
 * to the function in the body's {@code headers} list, after the
 * {@code InvocationOptions}' headers. A {@code null} argument sends no such header.
 *
 * @author LivePerson Functions for Spring contributors
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface InvocationHeader {

	/**
	 * The header name.
	 * @return the name
	 */
	String value();

}
