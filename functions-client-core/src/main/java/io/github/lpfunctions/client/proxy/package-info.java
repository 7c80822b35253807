/**
 * Implementations of {@link io.github.lpfunctions.client.annotation.FunctionsClient}
 * interfaces over the templates: {@link FunctionsClientFactory}.
 */
@NullMarked
package io.github.lpfunctions.client.proxy;

import org.jspecify.annotations.NullMarked;
