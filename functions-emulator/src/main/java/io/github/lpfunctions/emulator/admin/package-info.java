/**
 * The emulator's admin API under {@code /emulator}: functions, recorded requests and
 * faults, with Jackson-bound views.
 */
@NullMarked
package io.github.lpfunctions.emulator.admin;

import org.jspecify.annotations.NullMarked;
