package io.github.lpfunctions.client;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.github.lpfunctions.client.support.Arguments;

/**
 * Filters of a function listing, the same the official clients offer. Every filter is
 * optional; {@link #all()} lists everything. Several states list the functions in any of
 * them; they are sent as a repeated {@code state} parameter, as LivePerson's Node client
 * sends its state array.
 *
 * @param userId only functions of this user
 * @param states only functions in one of these states, such as {@code Productive}; empty
 * for every state
 * @param eventId only functions bound to this event
 * @param name only functions of this name
 * @see FunctionQuery
 */
public record LambdaQuery(@Nullable String userId, List<String> states, @Nullable String eventId,
		@Nullable String name) {

	private static final LambdaQuery ALL = new LambdaQuery(null, List.of(), null, null);

	/**
	 * Create a query, copying the states.
	 * @param userId only functions of this user
	 * @param states only functions in one of these states; empty for every state
	 * @param eventId only functions bound to this event
	 * @param name only functions of this name
	 * @throws IllegalArgumentException if {@code states} is {@code null} or holds a blank
	 * state
	 */
	public LambdaQuery {
		states = states(states);
	}

	/**
	 * Create a query with at most one state, as before several states were supported.
	 * @param userId only functions of this user
	 * @param state only functions in this state, or {@code null} for every state
	 * @param eventId only functions bound to this event
	 * @param name only functions of this name
	 */
	public LambdaQuery(@Nullable String userId, @Nullable String state, @Nullable String eventId,
			@Nullable String name) {
		this(userId, (state != null) ? List.of(state) : List.of(), eventId, name);
	}

	/**
	 * A query without filters.
	 * @return the query that lists every function
	 */
	public static LambdaQuery all() {
		return ALL;
	}

	/**
	 * Return the state filter when there is at most one.
	 * @return the first of {@link #states()}, or {@code null} when every state is listed
	 */
	public @Nullable String state() {
		return this.states.isEmpty() ? null : this.states.get(0);
	}

	/**
	 * Return a copy that lists only functions of the given user.
	 * @param userId the user id
	 * @return the new query
	 */
	public LambdaQuery withUserId(@Nullable String userId) {
		return new LambdaQuery(userId, this.states, this.eventId, this.name);
	}

	/**
	 * Return a copy that lists only functions in the given state.
	 * @param state the state, such as {@code Productive}, or {@code null} for every state
	 * @return the new query
	 */
	public LambdaQuery withState(@Nullable String state) {
		return new LambdaQuery(this.userId, state, this.eventId, this.name);
	}

	/**
	 * Return a copy that lists only functions in any of the given states.
	 * @param states the states, such as {@code Productive} and {@code Modified}; none for
	 * every state
	 * @return the new query
	 */
	public LambdaQuery withStates(String... states) {
		return new LambdaQuery(this.userId, Arrays.asList(Arguments.notNull(states, "states")), this.eventId,
				this.name);
	}

	/**
	 * Return a copy that lists only functions bound to the given event.
	 * @param eventId the event id
	 * @return the new query
	 */
	public LambdaQuery withEventId(@Nullable String eventId) {
		return new LambdaQuery(this.userId, this.states, eventId, this.name);
	}

	/**
	 * Return a copy that lists only functions of the given name.
	 * @param name the function name
	 * @return the new query
	 */
	public LambdaQuery withName(@Nullable String name) {
		return new LambdaQuery(this.userId, this.states, this.eventId, name);
	}

	static List<String> states(@Nullable Collection<@Nullable String> states) {
		Arguments.notNull(states, "states");
		for (String state : states) {
			Arguments.notBlank(state, "state");
		}
		return List.copyOf(states);
	}

}
