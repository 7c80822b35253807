/**
 * Emulated service discovery (CSDS): every service points to the emulator itself.
 */
@NullMarked
package io.github.lpfunctions.emulator.csds;

import org.jspecify.annotations.NullMarked;
