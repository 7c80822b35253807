/**
 * Tests of the Spring WebFlux sample over real HTTP, against the emulator.
 */
@NullMarked
package io.github.lpfunctions.sample.webflux;

import org.jspecify.annotations.NullMarked;
