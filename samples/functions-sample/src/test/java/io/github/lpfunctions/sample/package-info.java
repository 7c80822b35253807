/**
 * Tests of the Spring MVC sample over real HTTP, against the emulator.
 */
@NullMarked
package io.github.lpfunctions.sample;

import org.jspecify.annotations.NullMarked;
