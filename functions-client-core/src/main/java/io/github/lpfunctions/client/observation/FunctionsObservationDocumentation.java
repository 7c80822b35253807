package io.github.lpfunctions.client.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observation of LivePerson Functions operations and its keys. With a
 * {@code MeterRegistry} it becomes the timer {@code liveperson.functions.requests}; with
 * tracing, a span that is the parent of the HTTP client's own spans.
 * <p>
 * Low-cardinality keys ({@link LowCardinalityKeys}) are those whose values are bounded by
 * code or configuration, so that they can be metric tags: the operation, outcome, status,
 * error code, platform, cache, and, as the official clients report them, the event source
 * (configuration) and the skill (the account's skills, a configured set, {@code none}
 * when the call names none). Ids that grow with traffic or data — account, function,
 * event, request id — are high-cardinality keys ({@link HighCardinalityKeys}), on spans
 * only.
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

}
