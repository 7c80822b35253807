/**
 * The tests both samples must pass, written once: abstract JUnit contracts that each
 * sample extends with its own {@code @SpringBootTest}, and the plain HTTP client, curl
 * parser and JSON comparison they use.
 */
@NullMarked
package io.github.lpfunctions.sample.test;

import org.jspecify.annotations.NullMarked;
