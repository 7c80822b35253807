package io.github.lpfunctions.client.proxy;

import org.jspecify.annotations.Nullable;

/**
 * One method of a declarative client, resolved when the client was created: what it does
 * with the arguments of a call.
 *
 * @author LivePerson Functions for Spring contributors
 */
@FunctionalInterface
interface ClientCall {

	@Nullable Object call(Object client, @Nullable Object[] arguments);

}
