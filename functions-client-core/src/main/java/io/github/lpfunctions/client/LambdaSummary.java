package io.github.lpfunctions.client;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A function of the account, as the management listing returns it (V1 {@code lambdas} and
 * V2 {@code functions} listings alike). Fields the platform leaves out are {@code null}.
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
 */
public record LambdaSummary(String uuid, @Nullable String name, @Nullable String version, @Nullable String description,
		@Nullable String eventId, @Nullable String state, @Nullable Map<String, Object> runtime,
		@Nullable String createdAt, @Nullable String createdBy, @Nullable String updatedAt, @Nullable String updatedBy,
		@Nullable Map<String, Object> lastDeployment) {

	/**
	 * Whether the function is deployed and can be invoked.
	 * @return {@code true} when the state is {@code Productive}
	 */
	public boolean isProductive() {
		return "Productive".equals(this.state);
	}

}
