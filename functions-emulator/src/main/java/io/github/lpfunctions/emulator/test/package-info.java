/**
 * Test support: {@link io.github.lpfunctions.emulator.test.FunctionsEmulatorTest} starts
 * an emulator for a Spring test context.
 */
@NullMarked
package io.github.lpfunctions.emulator.test;

import org.jspecify.annotations.NullMarked;
