/**
 * Annotations of declarative clients: an interface annotated {@link FunctionsClient}
 * whose methods invoke functions and events of LivePerson Functions.
 */
@NullMarked
package io.github.lpfunctions.client.annotation;

import org.jspecify.annotations.NullMarked;
