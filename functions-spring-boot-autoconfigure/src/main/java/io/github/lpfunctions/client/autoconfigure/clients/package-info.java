/**
 * Beans of the {@code @FunctionsClient} interfaces of an application:
 * {@link io.github.lpfunctions.client.autoconfigure.clients.EnableFunctionsClients}.
 */
@NullMarked
package io.github.lpfunctions.client.autoconfigure.clients;

import org.jspecify.annotations.NullMarked;
