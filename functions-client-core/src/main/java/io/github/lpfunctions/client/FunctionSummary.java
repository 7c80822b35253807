package io.github.lpfunctions.client;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A function of a V2 account, as the V2 listing ({@code GET /api/account/{id}/functions})
 * returns it: a bare JSON array of these. The fields are those of the official 2.0 Java
 * client's {@code FunctionResponse} and of LivePerson's {@code faas-cli}
 * {@code LPFnMeta}; the listing carries no code and no runtime. Fields the platform
 * leaves out are {@code null} ({@code skills} empty).
 *
 * @param uuid the function's UUID, used to invoke it
 * @param name the function's name
 * @param description the description
 * @param state {@code Draft}, {@code Productive}, {@code Modified} or
 * {@code Marked Undeployed}
 * @param eventId the event the function is bound to, if any
 * @param skills the skills the function is bound to
 * @param size the function's size: {@code S}, {@code M}, {@code L}, {@code XL} or
 * {@code XXL}
 * @param isCompV1 whether the function runs in V1 compatibility mode
 * @param createdAt when the function was created, as the platform wrote it
 * @param createdBy who created it
 * @param updatedAt when it was last changed
 * @param updatedBy who changed it last
 * @author LivePerson Functions for Spring contributors
 */
public record FunctionSummary(String uuid, @Nullable String name, @Nullable String description, @Nullable String state,
		@Nullable String eventId, List<String> skills, @Nullable String size, @Nullable Boolean isCompV1,
		@Nullable String createdAt, @Nullable String createdBy, @Nullable String updatedAt,
		@Nullable String updatedBy) {

	/**
	 * Create a new instance; a missing {@code skills} becomes empty.
	 * @param uuid the function's UUID
	 * @param name the name
	 * @param description the description
	 * @param state the state
	 * @param eventId the event
	 * @param skills the skills
	 * @param size the size
	 * @param isCompV1 whether the function runs in V1 compatibility mode
	 * @param createdAt when it was created
	 * @param createdBy who created it
	 * @param updatedAt when it was last changed
	 * @param updatedBy who changed it last
	 */
	public FunctionSummary {
		skills = (skills != null) ? List.copyOf(skills) : List.of();
	}

	/**
	 * Whether the function is deployed and can be invoked.
	 * @return {@code true} when the state is {@code Productive}
	 */
	public boolean isProductive() {
		return "Productive".equals(this.state);
	}

}
