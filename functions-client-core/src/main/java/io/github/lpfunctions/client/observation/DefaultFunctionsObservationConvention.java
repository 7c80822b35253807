package io.github.lpfunctions.client.observation;

import java.util.concurrent.TimeoutException;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.jspecify.annotations.Nullable;

import io.github.lpfunctions.client.FaaSDetailedException;
import io.github.lpfunctions.client.FaaSLambdaException;

/**
 * The default {@link FunctionsObservationConvention}: observation
 * {@code liveperson.functions.requests}, contextual name
 * {@code liveperson.functions <operation>}.
 *
 * @author LivePerson Functions for Spring contributors
 */
public class DefaultFunctionsObservationConvention implements FunctionsObservationConvention {

	/**
	 * The observation name, and the name of the timer it becomes.
	 */
	public static final String NAME = "liveperson.functions.requests";

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(FunctionsObservationContext context) {
		return "liveperson.functions " + context.getOperation();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(FunctionsObservationContext context) {
		return KeyValues.of(KeyValue.of(LowCardinalityKeys.OPERATION, context.getOperation()),
				KeyValue.of(LowCardinalityKeys.OUTCOME, outcome(context)),
				KeyValue.of(LowCardinalityKeys.STATUS,
						(context.getStatus() > 0) ? String.valueOf(context.getStatus()) : "NONE"),
				KeyValue.of(LowCardinalityKeys.ERROR_CODE, orElse(context.getErrorCode(), "none")),
				KeyValue.of(LowCardinalityKeys.PLATFORM, orElse(context.getPlatform(), "unknown")),
				KeyValue.of(LowCardinalityKeys.CACHE, cache(context.getCacheHit())),
				KeyValue.of(LowCardinalityKeys.EVENT_SOURCE, orElse(context.getEventSource(), "none")),
				KeyValue.of(LowCardinalityKeys.SKILL, orElse(context.getSkillId(), "none")));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(FunctionsObservationContext context) {
		KeyValues values = KeyValues.of(KeyValue.of(HighCardinalityKeys.ACCOUNT, context.getAccountId()));
		if (context.getFunctionUuid() != null) {
			values = values.and(KeyValue.of(HighCardinalityKeys.FUNCTION_UUID, context.getFunctionUuid()));
		}
		if (context.getEventId() != null) {
			values = values.and(KeyValue.of(HighCardinalityKeys.EVENT_ID, context.getEventId()));
		}
		if (context.getRequestId() != null) {
			values = values.and(KeyValue.of(HighCardinalityKeys.REQUEST_ID, context.getRequestId()));
		}
		return values;
	}

	/**
	 * Classify the result of the operation.
	 * @param context the observation context
	 * @return the outcome value
	 */
	protected String outcome(FunctionsObservationContext context) {
		Throwable error = context.getError();
		if (error == null) {
			return "SUCCESS";
		}
		if (error instanceof FaaSLambdaException) {
			return "FUNCTION_ERROR";
		}
		if (error instanceof FaaSDetailedException detailed) {
			return (detailed.getStatusCode() >= 500) ? "SERVER_ERROR" : "CLIENT_ERROR";
		}
		for (Throwable cause = error; cause != null; cause = cause.getCause()) {
			if (cause instanceof TimeoutException) {
				return "TIMEOUT";
			}
		}
		return "UNKNOWN";
	}

	private static String cache(@Nullable Boolean hit) {
		if (hit == null) {
			return "none";
		}
		return hit ? "hit" : "miss";
	}

	private static String orElse(@Nullable String value, String fallback) {
		return (value != null) ? value : fallback;
	}

}
