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
	}

}
