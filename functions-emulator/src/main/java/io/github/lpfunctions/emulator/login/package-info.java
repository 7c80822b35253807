/**
 * Emulated Login API (the {@code agentVep} service): a user's bearer token for user name
 * and password.
 */
@NullMarked
package io.github.lpfunctions.emulator.login;

import org.jspecify.annotations.NullMarked;
