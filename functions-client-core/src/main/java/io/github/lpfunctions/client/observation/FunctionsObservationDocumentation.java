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

}
