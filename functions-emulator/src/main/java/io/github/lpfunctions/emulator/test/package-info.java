/**
 * Test support: {@link io.github.lpfunctions.emulator.test.FunctionsEmulatorTest} starts
 * an emulator for a Spring test context;
 * {@link io.github.lpfunctions.emulator.test.MovableClock} is a clock a test moves
 * instead of sleeping.
 */
@NullMarked
package io.github.lpfunctions.emulator.test;

import org.jspecify.annotations.NullMarked;
