/**
 * The in-process LivePerson Functions emulator the sample runs against unless the
 * {@code liveperson} profile is active.
 */
@NullMarked
package io.github.lpfunctions.sample.webflux.emulator;

import org.jspecify.annotations.NullMarked;
