/**
 * What every host of the emulator shares on the wire: recording requests with their
 * secrets masked, closing connections where Reactor Netty needs it, form text.
 */
@NullMarked
package io.github.lpfunctions.emulator.http;

import org.jspecify.annotations.NullMarked;
