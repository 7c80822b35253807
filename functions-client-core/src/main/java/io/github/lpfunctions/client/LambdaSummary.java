package io.github.lpfunctions.client;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A function of the account, as the V1 management listing ({@code lambdas}) returns it;
 * {@link FunctionsOperations#getLambdas} reads a V2 listing into it too, leaving out what
 * V2 does not list. The fields are those of the official Java client's
 * {@code LambdaResponse} (faas-client-jdk 1.1.4, {@code response/lambda}). Fields the
 * platform leaves out are {@code null}. For the V2 shape, see {@link FunctionSummary}.
 *
 * @param uuid the function's UUID, used to invoke it
 * @param name the function's name
 * @param version the deployed version
 * @param description the description
 * @param eventId the event the function is bound to, if any
 * @param state {@code Draft}, {@code Productive}, {@code Modified} or
 * {@code Marked Undeployed}
 * @param runtime the runtime description as the platform gave it
 * @param createdAt when the function was created, as the platform wrote it
 * @param createdBy who created it
 * @param updatedAt when it was last changed
 * @param updatedBy who changed it last
 * @param lastDeployment the last deployment as the platform gave it
 * @param implementation the function's code, dependencies and environment variables
 */
public record LambdaSummary(String uuid, @Nullable String name, @Nullable String version, @Nullable String description,
		@Nullable String eventId, @Nullable String state, @Nullable Map<String, Object> runtime,
		@Nullable String createdAt, @Nullable String createdBy, @Nullable String updatedAt, @Nullable String updatedBy,
		@Nullable Map<String, Object> lastDeployment, @Nullable Implementation implementation) {

	/**
	 * Create a summary without an implementation, as before it was listed.
	 * @param uuid the function's UUID
	 * @param name the function's name
	 * @param version the deployed version
	 * @param description the description
	 * @param eventId the event the function is bound to
	 * @param state the state
	 * @param runtime the runtime description
	 * @param createdAt when the function was created
	 * @param createdBy who created it
	 * @param updatedAt when it was last changed
	 * @param updatedBy who changed it last
	 * @param lastDeployment the last deployment
	 */
	public LambdaSummary(String uuid, @Nullable String name, @Nullable String version, @Nullable String description,
			@Nullable String eventId, @Nullable String state, @Nullable Map<String, Object> runtime,
			@Nullable String createdAt, @Nullable String createdBy, @Nullable String updatedAt,
			@Nullable String updatedBy, @Nullable Map<String, Object> lastDeployment) {
		this(uuid, name, version, description, eventId, state, runtime, createdAt, createdBy, updatedAt, updatedBy,
				lastDeployment, null);
	}

	/**
	 * Whether the function is deployed and can be invoked.
	 * @return {@code true} when the state is {@code Productive}
	 */
	public boolean isProductive() {
		return "Productive".equals(this.state);
	}

	/**
	 * The implementation of a V1 function, as the listing gives it
	 * ({@code ImplementationResponseObject} of the official Java client).
	 *
	 * @param code the function's source code
	 * @param dependencies the npm dependencies, name to version
	 * @param environmentVariables the environment variables, name to value
	 */
	public record Implementation(@Nullable String code, List<KeyValue> dependencies,
			List<KeyValue> environmentVariables) {

		/**
		 * Create a new instance; missing lists become empty.
		 * @param code the source code
		 * @param dependencies the dependencies
		 * @param environmentVariables the environment variables
		 */
		public Implementation {
			dependencies = (dependencies != null) ? List.copyOf(dependencies) : List.of();
			environmentVariables = (environmentVariables != null) ? List.copyOf(environmentVariables) : List.of();
		}

	}

	/**
	 * One entry of {@link Implementation#dependencies()} or
	 * {@link Implementation#environmentVariables()}.
	 *
	 * @param key the name
	 * @param value the value
	 */
	public record KeyValue(String key, @Nullable String value) {

	}

}
