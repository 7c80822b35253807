package io.github.lpfunctions.client.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Convention that names and tags the observations of LivePerson Functions operations.
 * Implement it, or extend {@link DefaultFunctionsObservationConvention}, to change the
 * tags.
 *
 * @author LivePerson Functions for Spring contributors
 */
public interface FunctionsObservationConvention extends ObservationConvention<FunctionsObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof FunctionsObservationContext;
	}

}
