/**
 * Emulated invocation gateway (faasGW) and function listing (faasUI), in the wire format
 * of the configured platform: bearer authentication and event-source checks as filters,
 * then parsing, execution and the platform's views.
 */
@NullMarked
package io.github.lpfunctions.emulator.gateway;

import org.jspecify.annotations.NullMarked;
