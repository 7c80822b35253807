/**
 * Client for LivePerson Functions: the reactive and blocking templates, their options,
 * results and exceptions.
 */
@NullMarked
package io.github.lpfunctions.client;

import org.jspecify.annotations.NullMarked;
