/**
 * A Spring MVC web page that signs a LivePerson user in with the authorization-code flow
 * and invokes a function as that user.
 */
@NullMarked
package io.github.lpfunctions.sample.user;

import org.jspecify.annotations.NullMarked;
