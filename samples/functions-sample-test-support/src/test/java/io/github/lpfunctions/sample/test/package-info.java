/**
 * Tests of the shared test infrastructure itself: the curl parser and the JSON
 * comparison.
 */
@NullMarked
package io.github.lpfunctions.sample.test;

import org.jspecify.annotations.NullMarked;
