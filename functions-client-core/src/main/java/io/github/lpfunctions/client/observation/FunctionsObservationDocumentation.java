package io.github.lpfunctions.client.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observation of LivePerson Functions operations and its keys. With a
 * {@code MeterRegistry} it becomes the timer {@code liveperson.functions.requests}; with
 * tracing, a span that is the parent of the HTTP client's own spans.
 *
 * @author LivePerson Functions for Spring contributors
 */
public enum FunctionsObservationDocumentation implements ObservationDocumentation {

	/**
	 * One operation of a template, retries included.
	 */
	FUNCTIONS_REQUEST {

		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultFunctionsObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return LowCardinalityKeys.values();
		}

		@Override
		public KeyName[] getHighCardinalityKeyNames() {
			return HighCardinalityKeys.values();
		}

	};

	/**
	 * Keys with a bounded set of values, fit for metric tags.
	 */
	public enum LowCardinalityKeys implements KeyName {

		/**
		 * {@code invoke}, {@code invoke-event}, {@code is-implemented} or
		 * {@code get-lambdas}.
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
		 * {@code v1}, {@code v2}, or {@code unknown} when the call failed before the
		 * platform was known.
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

	/**
	 * Keys with unbounded values, for spans only.
	 */
	public enum HighCardinalityKeys implements KeyName {

		/**
		 * The LivePerson account.
		 */
		ACCOUNT {
			@Override
			public String asString() {
				return "account";
			}
		},

		/**
		 * The invoked function's UUID.
		 */
		FUNCTION_UUID {
			@Override
			public String asString() {
				return "function.uuid";
			}
		},

		/**
		 * The event id.
		 */
		EVENT_ID {
			@Override
			public String asString() {
				return "event.id";
			}
		},

		/**
		 * The {@code X-Request-ID} sent.
		 */
		REQUEST_ID {
			@Override
			public String asString() {
				return "request.id";
			}
		}

	}

}
