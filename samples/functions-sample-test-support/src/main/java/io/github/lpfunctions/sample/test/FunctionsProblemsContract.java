package io.github.lpfunctions.sample.test;

import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import io.github.lpfunctions.client.FaaSAuthenticationException;
import io.github.lpfunctions.client.FaaSDetailedException;
import io.github.lpfunctions.client.FaaSError;
import io.github.lpfunctions.client.FaaSException;
import io.github.lpfunctions.client.FaaSLambdaException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of the failure-to-status mapping the README documents, one row each. A sample
 * extends it with the two {@code of} methods of its own {@code FunctionsProblems}.
 *
 * @author LivePerson Functions for Spring contributors
 */
public abstract class FunctionsProblemsContract {

	private static final String UUID = "00000000-0000-4000-8000-000000000001";

	private final Function<FaaSException, ResponseEntity<ProblemDetail>> ofFailure;

	private final Function<IllegalArgumentException, ResponseEntity<ProblemDetail>> ofInvalidArgument;

	/**
	 * Create the contract of a sample's mapping.
	 * @param ofFailure the problem of a failure of LivePerson Functions
	 * @param ofInvalidArgument the problem of an argument the client refused
	 */
	protected FunctionsProblemsContract(Function<FaaSException, ResponseEntity<ProblemDetail>> ofFailure,
			Function<IllegalArgumentException, ResponseEntity<ProblemDetail>> ofInvalidArgument) {
		this.ofFailure = ofFailure;
		this.ofInvalidArgument = ofInvalidArgument;
	}

	@ParameterizedTest
	@CsvSource({ "com.liveperson.faas.handler.custom-failure, 901, 422",
			"com.customer.faas.function.threw-error, 901, 422",
			"com.liveperson.faas.handler.executiontime-exceeded, 901, 504",
			"com.liveperson.faas.handler.runtime-exception, 901, 502",
			"com.liveperson.faas.handler.log-limit-reached, 901, 502" })
	void functionFailures(String code, int platformStatus, int status) {
		ResponseEntity<ProblemDetail> response = this.ofFailure.apply(
				new FaaSLambdaException("failed", new FaaSError(code, "msg"), platformStatus, "rid", UUID, null, null));
		assertThat(response.getStatusCode().value()).isEqualTo(status);
		ProblemDetail problem = response.getBody();
		assertThat(problem.getStatus()).isEqualTo(status);
		assertThat(problem.getDetail()).isEqualTo("msg");
		assertThat(problem.getProperties()).containsEntry("errorCode", code)
			.containsEntry("platformStatus", platformStatus)
			.containsEntry("requestId", "rid");
	}

	@ParameterizedTest
	@CsvSource({ "400, 400", "404, 404", "401, 502", "403, 502", "429, 503", "408, 504", "504, 504", "500, 502",
			"502, 502", "503, 502", "405, 502" })
	void platformRejections(int platformStatus, int status) {
		ResponseEntity<ProblemDetail> response = this.ofFailure.apply(detailed(platformStatus, null));
		assertThat(response.getStatusCode().value()).isEqualTo(status);
		assertThat(response.getBody().getProperties()).containsEntry("platformStatus", platformStatus)
			.containsEntry("errorCode", "code")
			.containsEntry("requestId", "rid");
	}

	@Test
	void rateLimitPassesRetryAfterOnRoundedUpToSeconds() {
		ResponseEntity<ProblemDetail> response = this.ofFailure.apply(detailed(429, Duration.ofMillis(2500)));
		assertThat(response.getStatusCode().value()).isEqualTo(503);
		assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("3");
	}

	@Test
	void rateLimitWithoutRetryAfterHasNone() {
		assertThat(this.ofFailure.apply(detailed(429, null)).getHeaders().containsHeader(HttpHeaders.RETRY_AFTER))
			.isFalse();
	}

	@Test
	void authenticationFailureIsServiceUnavailable() {
		ResponseEntity<ProblemDetail> response = this.ofFailure
			.apply(new FaaSAuthenticationException("refused", 401, "invalid_client", null));
		assertThat(response.getStatusCode().value()).isEqualTo(503);
		assertThat(response.getBody().getProperties()).containsEntry("errorCode", "invalid_client")
			.containsEntry("platformStatus", 401);
	}

	@Test
	void timeoutIsGatewayTimeout() {
		ResponseEntity<ProblemDetail> response = this.ofFailure
			.apply(new FaaSException("timed out", "rid", new TimeoutException()));
		assertThat(response.getStatusCode().value()).isEqualTo(504);
		assertThat(response.getBody().getProperties()).containsEntry("requestId", "rid");
	}

	@Test
	void otherFailureIsServiceUnavailable() {
		ResponseEntity<ProblemDetail> response = this.ofFailure
			.apply(new FaaSException("connection refused", null, new ConnectException()));
		assertThat(response.getStatusCode().value()).isEqualTo(503);
		assertThat(response.getBody().getProperties()).isNull();
	}

	@Test
	void invalidArgumentIsBadRequest() {
		ResponseEntity<ProblemDetail> response = this.ofInvalidArgument
			.apply(new IllegalArgumentException("'eventId' bad"));
		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getBody().getDetail()).isEqualTo("'eventId' bad");
	}

	private static FaaSDetailedException detailed(int status, @Nullable Duration retryAfter) {
		return new FaaSDetailedException("rejected", new FaaSError("code", "msg"), status, "rid", UUID, null,
				retryAfter);
	}

}
