package io.github.lpfunctions.sample;

/**
 * What the demo greeting function answers.
 *
 * @param greeting the greeting
 * @author LivePerson Functions for Spring contributors
 */
public record Greeting(String greeting) {
}
