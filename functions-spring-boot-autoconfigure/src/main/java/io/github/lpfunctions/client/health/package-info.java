/**
 * Health indicator of the LivePerson Functions client.
 */
@NullMarked
package io.github.lpfunctions.client.health;

import org.jspecify.annotations.NullMarked;
