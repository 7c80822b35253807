package io.github.lpfunctions.sample.webflux;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;

import io.github.lpfunctions.client.FaaSException;
import io.github.lpfunctions.client.FaaSLambdaException;
import io.github.lpfunctions.sample.support.FunctionsProblems;

/**
 * Renders every failure as an RFC 9457 problem detail ({@code application/problem+json}):
 * those of LivePerson Functions, whether thrown or signalled by a {@code Mono}, as
 * {@link FunctionsProblems} describes, and Spring WebFlux's own (unreadable body, ...) as
 * {@link ResponseEntityExceptionHandler} does.
 * <p>
 * A function's own failure is logged at INFO: it is the function author's to fix. A
 * failure of the platform or of the connection is logged at WARN: that is the one to
 * alert on. Neither logs a payload.
 *
 * @author LivePerson Functions for Spring contributors
 */
@RestControllerAdvice
public class FunctionsProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(FunctionsProblemHandler.class);

	/**
	 * Render a failure of LivePerson Functions.
	 * @param ex the failure
	 * @return the problem response
	 */
	@ExceptionHandler(FaaSException.class)
	public ResponseEntity<ProblemDetail> handleFunctionsFailure(FaaSException ex) {
		if (ex instanceof FaaSLambdaException) {
			log.info("Function failed: {}", ex.getMessage());
		}
		else {
			log.warn("LivePerson Functions call failed: {}", ex.getMessage());
		}
		return FunctionsProblems.of(ex);
	}

	/**
	 * Render an invalid argument, such as a malformed function UUID.
	 * @param ex the failure
	 * @return the problem response
	 */
	@ExceptionHandler(IllegalArgumentException.class)
	public ResponseEntity<ProblemDetail> handleInvalidArgument(IllegalArgumentException ex) {
		return FunctionsProblems.of(ex);
	}

}
