/**
 * An application that only starts and stops, for timing the start-up the starter adds.
 */
@NullMarked
package io.github.lpfunctions.benchmarks.startup;

import org.jspecify.annotations.NullMarked;
