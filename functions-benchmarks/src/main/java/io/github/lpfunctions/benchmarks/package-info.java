/**
 * JMH benchmarks of the client against a baseline in the same run, on a local server, and
 * of that server against the emulator.
 */
@NullMarked
package io.github.lpfunctions.benchmarks;

import org.jspecify.annotations.NullMarked;
