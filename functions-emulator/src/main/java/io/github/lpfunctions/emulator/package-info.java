/**
 * Local emulator of the LivePerson Functions platform: the embeddable
 * {@link io.github.lpfunctions.emulator.FunctionsEmulator} and its state (functions,
 * recorded requests, faults).
 */
@NullMarked
package io.github.lpfunctions.emulator;

import org.jspecify.annotations.NullMarked;
