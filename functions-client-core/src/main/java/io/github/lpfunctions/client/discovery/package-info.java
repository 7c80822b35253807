/**
 * Where the LivePerson services of an account live: service discovery (CSDS), fixed
 * region domains and explicit endpoints.
 */
@NullMarked
package io.github.lpfunctions.client.discovery;

import org.jspecify.annotations.NullMarked;
