/**
 * A Spring MVC application that invokes LivePerson Functions through the blocking
 * {@link io.github.lpfunctions.client.FunctionsOperations}.
 */
@NullMarked
package io.github.lpfunctions.sample;

import org.jspecify.annotations.NullMarked;
