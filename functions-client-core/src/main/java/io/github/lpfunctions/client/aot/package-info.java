/**
 * Spring AOT and native image support of the client.
 */
@NullMarked
package io.github.lpfunctions.client.aot;

import org.jspecify.annotations.NullMarked;
