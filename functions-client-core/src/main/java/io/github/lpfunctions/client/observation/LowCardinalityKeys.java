package io.github.lpfunctions.client.observation;

import io.micrometer.common.docs.KeyName;

/**
 * Keys of the {@code liveperson.functions.requests} observation with a bounded set of
 * values, fit for metric tags.
 *
 * @author LivePerson Functions for Spring contributors
 */
public enum LowCardinalityKeys implements KeyName {

	/**
	 * {@code invoke}, {@code invoke-event}, {@code is-implemented}, {@code get-lambdas}
	 * or {@code get-functions}.
	 */
	OPERATION {
		@Override
		public String asString() {
			return "operation";
		}
	},

	/**
	 * {@code SUCCESS}, {@code FUNCTION_ERROR}, {@code CLIENT_ERROR},
	 * {@code SERVER_ERROR}, {@code TIMEOUT} or {@code UNKNOWN}.
	 */
	OUTCOME {
		@Override
		public String asString() {
			return "outcome";
		}
	},

	/**
	 * The HTTP status of the answer, or {@code NONE} when none arrived (or the answer
	 * came from the cache).
	 */
	STATUS {
		@Override
		public String asString() {
			return "status";
		}
	},

	/**
	 * The platform's error code, or {@code none}.
	 */
	ERROR_CODE {
		@Override
		public String asString() {
			return "error.code";
		}
	},

	/**
	 * {@code v1}, {@code v2}, or {@code unknown} when the call failed before the platform
	 * was known.
	 */
	PLATFORM {
		@Override
		public String asString() {
			return "platform";
		}
	},

	/**
	 * {@code hit} or {@code miss} for isImplemented, {@code none} otherwise.
	 */
	CACHE {
		@Override
		public String asString() {
			return "cache";
		}
	},

	/**
	 * The caller's name sent as {@code externalSystem} (V1) or {@code LP-EventSource}
	 * (V2), as both official clients report it. Bounded: it is configuration (the
	 * template's event source, or a per-call one naming one of the application's few
	 * callers), not per-request data.
	 */
	EVENT_SOURCE {
		@Override
		public String asString() {
			return "event.source";
		}
	},

	/**
	 * The skill id the call names, or {@code none} when it names none (always present,
	 * since a meter's tags must not vary from call to call). Bounded, although it is
	 * per-call input: its values are the account's skills, a set its administrators
	 * configure in Conversational Cloud, not per-conversation data; both official clients
	 * report it too. An application that passes skill ids it does not control can drop
	 * the tag with a {@link FunctionsObservationConvention} of its own.
	 */
	SKILL {
		@Override
		public String asString() {
			return "skill";
		}
	}

}
