package io.github.lpfunctions.client;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.github.lpfunctions.client.support.Arguments;

/**
 * Filters of the V2 function listing ({@link FunctionsOperations#getFunctions}). Every
 * filter is optional; {@link #all()} lists everything.
 * <p>
 * The user, states, event and name go to the platform as LivePerson's Node client 2.2.0
 * sends them ({@code userId}, a repeated {@code state}, {@code eventId},
 * {@code functionName}). No official client sends a skill filter to the platform, so the
 * skill filter is applied here, to the {@code skills} of each listed function.
 *
 * @param userId the user the platform lists for, as the official clients send it
 * @param states only functions in one of these states, such as {@code Productive}; empty
 * for every state
 * @param eventId only functions bound to this event
 * @param name only functions of this name
 * @param skillId only functions that name this skill in their {@code skills}
 */
public record FunctionQuery(@Nullable String userId, List<String> states, @Nullable String eventId,
		@Nullable String name, @Nullable String skillId) {

	private static final FunctionQuery ALL = new FunctionQuery(null, List.of(), null, null, null);

	/**
	 * Create a query, copying the states.
	 * @param userId the user the platform lists for
	 * @param states only functions in one of these states; empty for every state
	 * @param eventId only functions bound to this event
	 * @param name only functions of this name
	 * @param skillId only functions with this skill
	 * @throws IllegalArgumentException if {@code states} is {@code null} or holds a blank
	 * state
	 */
	public FunctionQuery {
		states = LambdaQuery.states(states);
	}

	/**
	 * A query without filters.
	 * @return the query that lists every function
	 */
	public static FunctionQuery all() {
		return ALL;
	}

	/**
	 * Return a copy that lists for the given user.
	 * @param userId the user id
	 * @return the new query
	 */
	public FunctionQuery withUserId(@Nullable String userId) {
		return new FunctionQuery(userId, this.states, this.eventId, this.name, this.skillId);
	}

	/**
	 * Return a copy that lists only functions in any of the given states.
	 * @param states the states, such as {@code Productive} and {@code Modified}; none for
	 * every state
	 * @return the new query
	 */
	public FunctionQuery withStates(String... states) {
		return new FunctionQuery(this.userId, Arrays.asList(Arguments.notNull(states, "states")), this.eventId,
				this.name, this.skillId);
	}

	/**
	 * Return a copy that lists only functions bound to the given event.
	 * @param eventId the event id
	 * @return the new query
	 */
	public FunctionQuery withEventId(@Nullable String eventId) {
		return new FunctionQuery(this.userId, this.states, eventId, this.name, this.skillId);
	}

	/**
	 * Return a copy that lists only functions of the given name.
	 * @param name the function name
	 * @return the new query
	 */
	public FunctionQuery withName(@Nullable String name) {
		return new FunctionQuery(this.userId, this.states, this.eventId, name, this.skillId);
	}

	/**
	 * Return a copy that lists only functions with the given skill.
	 * @param skillId the skill id
	 * @return the new query
	 */
	public FunctionQuery withSkillId(@Nullable String skillId) {
		return new FunctionQuery(this.userId, this.states, this.eventId, this.name, skillId);
	}

	boolean matchesSkill(FunctionSummary function) {
		return this.skillId == null || function.skills().contains(this.skillId);
	}

}
