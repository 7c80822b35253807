/**
 * A Spring WebFlux application that invokes LivePerson Functions through the reactive
 * {@link io.github.lpfunctions.client.ReactiveFunctionsOperations}.
 */
@NullMarked
package io.github.lpfunctions.sample.webflux;

import org.jspecify.annotations.NullMarked;
