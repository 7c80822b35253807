/**
 * The main code both samples share: the mapping of failures of LivePerson Functions to
 * RFC 9457 problem details
 * ({@link io.github.lpfunctions.sample.support.FunctionsProblems}). Each sample keeps its
 * own exception handler, because the Spring MVC and Spring WebFlux base handlers differ.
 */
@NullMarked
package io.github.lpfunctions.sample.support;

import org.jspecify.annotations.NullMarked;
