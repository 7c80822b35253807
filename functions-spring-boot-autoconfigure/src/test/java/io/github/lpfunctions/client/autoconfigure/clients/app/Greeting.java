package io.github.lpfunctions.client.autoconfigure.clients.app;

/**
 * The answer of the greeting functions.
 *
 * @param greeting the greeting
 */
public record Greeting(String greeting) {
}
