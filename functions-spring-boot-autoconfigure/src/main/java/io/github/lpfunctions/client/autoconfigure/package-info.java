/**
 * Auto-configuration of the LivePerson Functions client.
 */
@NullMarked
package io.github.lpfunctions.client.autoconfigure;

import org.jspecify.annotations.NullMarked;
