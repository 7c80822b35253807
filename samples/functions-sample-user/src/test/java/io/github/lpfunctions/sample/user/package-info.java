/**
 * Tests of the sign-in sample over real HTTP and in a real browser, against the emulator.
 */
@NullMarked
package io.github.lpfunctions.sample.user;

import org.jspecify.annotations.NullMarked;
