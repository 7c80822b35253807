/**
 * A test application with nothing but {@code @SpringBootApplication}.
 */
@NullMarked
package io.github.lpfunctions.client.autoconfigure.app;

import org.jspecify.annotations.NullMarked;
