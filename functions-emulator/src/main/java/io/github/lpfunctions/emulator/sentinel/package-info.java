/**
 * Emulated Sentinel authorization server: token issuing and verification, client
 * credentials, authorization code and refresh grants.
 */
@NullMarked
package io.github.lpfunctions.emulator.sentinel;

import org.jspecify.annotations.NullMarked;
