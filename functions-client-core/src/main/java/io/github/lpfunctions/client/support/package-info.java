/**
 * Internal helpers shared by the client's packages; not part of the public API.
 */
@NullMarked
package io.github.lpfunctions.client.support;

import org.jspecify.annotations.NullMarked;
