package io.github.lpfunctions.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The error a LivePerson Functions service reported: V1 bodies
 * {@code {"errorCode","errorMsg"}} and V2 bodies {@code {"code","message"}} both end up
 * here. Written as JSON it is {@code {"errorCode","errorMessage"}}, plus
 * {@code errorLogs} when there are any.
 *
 * @param errorCode the platform's error code, such as
 * {@code com.liveperson.faas.es.missinglambda}; {@code null} when the response carried
 * none
 * @param errorMessage the platform's message; {@code null} when the response carried none
 * @param errorLogs the lines the function logged before it failed, as a V1 body's
 * {@code errorLogs} carries them; empty when the body had none (V2 bodies have none)
 */
public record FaaSError(@Nullable String errorCode, @Nullable String errorMessage,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<LogEntry> errorLogs) {

	private static final Map<String, String> V1_EQUIVALENTS = Map.of("com.liveperson.faas.evg.general",
			"com.liveperson.faas.es.general", "com.liveperson.faas.evg.invalid", "com.liveperson.faas.es.badinput",
			"com.customer.faas.function.threw-error", "com.liveperson.faas.handler.custom-failure",
			"com.customer.faas.function.js-runtime-error", "com.liveperson.faas.handler.runtime-exception",
			"com.customer.faas.function.execution-exceeded", "com.liveperson.faas.handler.executiontime-exceeded",
			"com.liveperson.faas.function.not-found", "com.liveperson.faas.es.missinglambda",
			"com.liveperson.faas.function.runtime.limit-reached", "com.liveperson.faas.handler.log-limit-reached");

	/**
	 * Create an error; a {@code null} list of log lines is taken as empty.
	 * @param errorCode the platform's error code, or {@code null}
	 * @param errorMessage the platform's message, or {@code null}
	 * @param errorLogs the function's log lines, or {@code null} for none
	 */
	public FaaSError {
		errorLogs = (errorLogs != null) ? List.copyOf(errorLogs) : List.of();
	}

	/**
	 * Create an error without log lines.
	 * @param errorCode the platform's error code, or {@code null}
	 * @param errorMessage the platform's message, or {@code null}
	 */
	public FaaSError(@Nullable String errorCode, @Nullable String errorMessage) {
		this(errorCode, errorMessage, List.of());
	}

	/**
	 * Return the V1 code that means the same as this error's code, so that code written
	 * against V1 codes keeps working on platform V2. A V1 code is returned as it is.
	 * @return the V1 equivalent, or {@code null} when there is none (for example
	 * {@code com.liveperson.faas.self-service.pending}) or no code at all
	 */
	public @Nullable String v1ErrorCode() {
		if (this.errorCode == null) {
			return null;
		}
		if (this.errorCode.startsWith("com.liveperson.faas.es.") || this.errorCode.startsWith("com.liveperson.faas.fm.")
				|| this.errorCode.startsWith("com.liveperson.faas.handler.")) {
			return this.errorCode;
		}
		return V1_EQUIVALENTS.get(this.errorCode);
	}

	/**
	 * Whether this error was raised by the function's own code (it threw, crashed, ran
	 * too long or logged too much) rather than by the platform.
	 * @return {@code true} for {@code com.liveperson.faas.handler.*} and
	 * {@code com.customer.faas.function.*} codes
	 */
	@JsonIgnore
	public boolean isFunctionError() {
		return this.errorCode != null && (this.errorCode.startsWith("com.liveperson.faas.handler.")
				|| this.errorCode.startsWith("com.customer.faas.function.")
				|| this.errorCode.equals("com.liveperson.faas.function.runtime.limit-reached"));
	}

	/**
	 * One line the function logged, as the platform reports it in a V1 error body:
	 * {@code {"level","message","timestamp","extras"}}.
	 *
	 * @param level the log level, such as {@code Info} or {@code Warn}; {@code null} when
	 * the entry had none
	 * @param message the logged message; a message the function logged as a JSON object
	 * is its JSON text; {@code null} when the entry had none
	 * @param timestamp when the line was logged, in epoch milliseconds as the platform
	 * sends it; {@code null} when the entry had none
	 * @param extras the further values the function logged with the line (any JSON
	 * values, as maps, lists, strings, numbers, booleans or {@code null}); empty when
	 * none
	 */
	public record LogEntry(@Nullable String level, @Nullable String message, @Nullable Long timestamp,
			List<@Nullable Object> extras) {

		/**
		 * Create a log line; a {@code null} list of extras is taken as empty.
		 * @param level the log level, or {@code null}
		 * @param message the logged message, or {@code null}
		 * @param timestamp epoch milliseconds, or {@code null}
		 * @param extras the further values, or {@code null} for none
		 */
		public LogEntry {
			// Not List.copyOf: a function may log null among its extras.
			extras = (extras != null) ? Collections.unmodifiableList(new ArrayList<>(extras)) : List.of();
		}

	}

}
