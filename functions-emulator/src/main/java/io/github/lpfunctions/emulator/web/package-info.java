/**
 * HTTP endpoints of the emulator: discovery (CSDS), invocation gateway, admin API,
 * request recording and fault injection.
 */
@NullMarked
package io.github.lpfunctions.emulator.web;

import org.jspecify.annotations.NullMarked;
