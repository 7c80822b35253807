/**
 * Retry rules: exponential back-off with full jitter, Retry-After, and a retry budget.
 */
@NullMarked
package io.github.lpfunctions.client.retry;

import org.jspecify.annotations.NullMarked;
