/**
 * Auto-configuration for calls made on behalf of a LivePerson user: the Sentinel client
 * registration of the authorization-code flow, the signed-in user's credentials per call,
 * and the Login API for service users.
 */
@NullMarked
package io.github.lpfunctions.client.autoconfigure.user;

import org.jspecify.annotations.NullMarked;
