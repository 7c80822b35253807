/**
 * The in-process LivePerson Functions emulator both samples run against unless the
 * {@code liveperson} profile is active; each sample's application imports
 * {@link io.github.lpfunctions.sample.support.emulator.EmulatorConfiguration}.
 */
@NullMarked
package io.github.lpfunctions.sample.support.emulator;

import org.jspecify.annotations.NullMarked;
