/**
 * Internal: helpers shared by the client's own packages (argument checks, deadlines, the
 * protocol's JSON mapper, refreshing values, the plain-http guard). Not API: public only
 * where another package of the client needs it, and subject to change in any release.
 */
@NullMarked
package io.github.lpfunctions.client.support;

import org.jspecify.annotations.NullMarked;
