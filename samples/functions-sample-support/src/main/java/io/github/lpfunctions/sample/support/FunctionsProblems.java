package io.github.lpfunctions.sample.support;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import io.github.lpfunctions.client.FaaSAuthenticationException;
import io.github.lpfunctions.client.FaaSDetailedException;
import io.github.lpfunctions.client.FaaSError;
import io.github.lpfunctions.client.FaaSException;
import io.github.lpfunctions.client.FaaSLambdaException;

/**
 * Turns the failures of LivePerson Functions into RFC 9457 problem details. The mapping:
 * <table>
 * <caption>Failure to response status</caption>
 * <tr>
 * <th>failure</th>
 * <th>status</th>
 * </tr>
 * <tr>
 * <td>the function failed on purpose ({@code handler.custom-failure})</td>
 * <td>422</td>
 * </tr>
 * <tr>
 * <td>the function ran past its window ({@code handler.executiontime-exceeded})</td>
 * <td>504</td>
 * </tr>
 * <tr>
 * <td>the function crashed or logged too much (other {@code handler.*}, 901)</td>
 * <td>502</td>
 * </tr>
 * <tr>
 * <td>the platform rejected the payload (400)</td>
 * <td>400</td>
 * </tr>
 * <tr>
 * <td>no such (deployed) function (404)</td>
 * <td>404</td>
 * </tr>
 * <tr>
 * <td>the platform rejected our token (401, 403)</td>
 * <td>502</td>
 * </tr>
 * <tr>
 * <td>the account's rate limit (429)</td>
 * <td>503 with {@code Retry-After}</td>
 * </tr>
 * <tr>
 * <td>the platform timed out (408, 504)</td>
 * <td>504</td>
 * </tr>
 * <tr>
 * <td>any other platform answer (500, 502, 503, ...)</td>
 * <td>502</td>
 * </tr>
 * <tr>
 * <td>no access token (authorization server refused or unreachable)</td>
 * <td>503</td>
 * </tr>
 * <tr>
 * <td>no answer within the deadline</td>
 * <td>504</td>
 * </tr>
 * <tr>
 * <td>any other failure (connection refused, unreadable answer)</td>
 * <td>503</td>
 * </tr>
 * <tr>
 * <td>invalid argument, such as a malformed UUID or request id</td>
 * <td>400</td>
 * </tr>
 * </table>
 * Each problem carries {@code errorCode} (the platform's code), {@code platformStatus}
 * (the status LivePerson answered) and {@code requestId} (the {@code X-Request-ID} sent)
 * when they are known.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class FunctionsProblems {

	private static final String CUSTOM_FAILURE = "com.liveperson.faas.handler.custom-failure";

	private static final String EXECUTION_TIME_EXCEEDED = "com.liveperson.faas.handler.executiontime-exceeded";

	private FunctionsProblems() {
	}

	/**
	 * Return the problem response for a failure of LivePerson Functions.
	 * @param ex the failure
	 * @return the response
	 */
	public static ResponseEntity<ProblemDetail> of(FaaSException ex) {
		if (ex instanceof FaaSLambdaException lambda) {
			return functionFailed(lambda);
		}
		if (ex instanceof FaaSDetailedException detailed) {
			return rejected(detailed);
		}
		if (ex instanceof FaaSAuthenticationException authentication) {
			ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE,
					"Cannot authenticate with LivePerson Functions", ex.getMessage());
			put(problem, "errorCode", authentication.getErrorCode());
			put(problem, "platformStatus",
					(authentication.getStatusCode() > 0) ? authentication.getStatusCode() : null);
			return response(problem, null);
		}
		ProblemDetail problem = isTimeout(ex)
				? problem(HttpStatus.GATEWAY_TIMEOUT, "LivePerson Functions timed out", ex.getMessage())
				: problem(HttpStatus.SERVICE_UNAVAILABLE, "LivePerson Functions unavailable", ex.getMessage());
		put(problem, "requestId", ex.getRequestId());
		return response(problem, null);
	}

	/**
	 * Return the problem response for an invalid argument.
	 * @param ex the failure
	 * @return the response
	 */
	public static ResponseEntity<ProblemDetail> of(IllegalArgumentException ex) {
		return response(problem(HttpStatus.BAD_REQUEST, "Invalid request", ex.getMessage()), null);
	}

	private static ResponseEntity<ProblemDetail> functionFailed(FaaSLambdaException ex) {
		String code = ex.getFaaSError().v1ErrorCode();
		HttpStatus status;
		String title;
		if (CUSTOM_FAILURE.equals(code)) {
			status = HttpStatus.UNPROCESSABLE_CONTENT;
			title = "Function failed";
		}
		else if (EXECUTION_TIME_EXCEEDED.equals(code)) {
			status = HttpStatus.GATEWAY_TIMEOUT;
			title = "Function timed out";
		}
		else {
			status = HttpStatus.BAD_GATEWAY;
			title = "Function failed";
		}
		return response(detailed(status, title, ex), null);
	}

	private static ResponseEntity<ProblemDetail> rejected(FaaSDetailedException ex) {
		int platformStatus = ex.getStatusCode();
		return switch (platformStatus) {
			case 400 -> response(detailed(HttpStatus.BAD_REQUEST, "Invalid invocation", ex), null);
			case 404 -> response(detailed(HttpStatus.NOT_FOUND,
					(ex.getFunctionUuid() != null) ? "Function not found" : "Not found", ex), null);
			case 401, 403 ->
				response(detailed(HttpStatus.BAD_GATEWAY, "Not authorized by LivePerson Functions", ex), null);
			case 429 -> response(detailed(HttpStatus.SERVICE_UNAVAILABLE, "Rate limited by LivePerson Functions", ex),
					ex.getRetryAfter());
			case 408, 504 -> response(detailed(HttpStatus.GATEWAY_TIMEOUT, "LivePerson Functions timed out", ex), null);
			default ->
				response(detailed(HttpStatus.BAD_GATEWAY, "LivePerson Functions failed", ex), ex.getRetryAfter());
		};
	}

	private static ProblemDetail detailed(HttpStatus status, String title, FaaSDetailedException ex) {
		FaaSError error = ex.getFaaSError();
		ProblemDetail problem = problem(status, title,
				(error.errorMessage() != null) ? error.errorMessage() : ex.getMessage());
		put(problem, "errorCode", error.errorCode());
		put(problem, "platformStatus", ex.getStatusCode());
		put(problem, "requestId", ex.getRequestId());
		return problem;
	}

	private static ProblemDetail problem(HttpStatus status, String title, @Nullable String detail) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(title);
		problem.setDetail(detail);
		return problem;
	}

	private static void put(ProblemDetail problem, String name, @Nullable Object value) {
		if (value != null) {
			problem.setProperty(name, value);
		}
	}

	private static ResponseEntity<ProblemDetail> response(ProblemDetail problem, @Nullable Duration retryAfter) {
		ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.getStatus());
		if (retryAfter != null) {
			long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
			response.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		}
		return response.body(problem);
	}

	private static boolean isTimeout(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof TimeoutException) {
				return true;
			}
		}
		return false;
	}

}
