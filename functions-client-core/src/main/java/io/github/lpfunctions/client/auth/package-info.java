/**
 * How requests to LivePerson are authorized: OAuth 2.0 client credentials through Spring
 * Security, user bearer tokens, or a strategy of your own.
 */
@NullMarked
package io.github.lpfunctions.client.auth;

import org.jspecify.annotations.NullMarked;
