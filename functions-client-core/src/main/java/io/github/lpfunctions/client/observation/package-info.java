/**
 * Micrometer observation of every operation: documented keys, context and conventions.
 */
@NullMarked
package io.github.lpfunctions.client.observation;

import org.jspecify.annotations.NullMarked;
