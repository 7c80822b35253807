package io.github.lpfunctions.client.autoconfigure.clients.app;

import jakarta.validation.constraints.NotBlank;

/**
 * The payload of {@link Greetings}.
 *
 * @param name the name, required
 */
public record Person(@NotBlank String name) {
}
