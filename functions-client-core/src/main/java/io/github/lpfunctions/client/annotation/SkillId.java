package io.github.lpfunctions.client.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code String} parameter of a {@link FunctionsClient} method as the value of
 * one call: The skill the call is made for, sent as the {@code skillId} query parameter;
 * it overrides the annotations' and the {@code InvocationOptions}' skill. A {@code null}
 * argument leaves them in place.
 *
 * @author LivePerson Functions for Spring contributors
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SkillId {

}
