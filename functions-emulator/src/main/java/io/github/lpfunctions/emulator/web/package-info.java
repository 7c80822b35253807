/**
 * All routes of the emulator, and the filters that apply the injected faults to
 * discovery, the authorization server and the gateway.
 */
@NullMarked
package io.github.lpfunctions.emulator.web;

import org.jspecify.annotations.NullMarked;
