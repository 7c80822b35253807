package io.github.lpfunctions.client.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code String} parameter of a {@link FunctionsClient} method as the value of
 * one call: The {@code X-Request-ID} of the call, to correlate it with your own logs; it
 * overrides the {@code InvocationOptions}' request id. A {@code null} argument leaves a
 * generated one.
 *
 * @author LivePerson Functions for Spring contributors
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RequestId {

}
