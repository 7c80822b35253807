package io.github.lpfunctions.client;

import org.jspecify.annotations.Nullable;

/**
 * Filters of a function listing, the same the official clients offer. Every filter is
 * optional; {@link #all()} lists everything.
 *
 * @param userId only functions of this user
 * @param state only functions in this state, such as {@code Productive}
 * @param eventId only functions bound to this event
 * @param name only functions of this name
 */
public record LambdaQuery(@Nullable String userId, @Nullable String state, @Nullable String eventId,
		@Nullable String name) {

	private static final LambdaQuery ALL = new LambdaQuery(null, null, null, null);

	/**
	 * A query without filters.
	 * @return the query that lists every function
	 */
	public static LambdaQuery all() {
		return ALL;
	}

	/**
	 * Return a copy that lists only functions of the given user.
	 * @param userId the user id
	 * @return the new query
	 */
	public LambdaQuery withUserId(@Nullable String userId) {
		return new LambdaQuery(userId, this.state, this.eventId, this.name);
	}

	/**
	 * Return a copy that lists only functions in the given state.
	 * @param state the state, such as {@code Productive}
	 * @return the new query
	 */
	public LambdaQuery withState(@Nullable String state) {
		return new LambdaQuery(this.userId, state, this.eventId, this.name);
	}

	/**
	 * Return a copy that lists only functions bound to the given event.
	 * @param eventId the event id
	 * @return the new query
	 */
	public LambdaQuery withEventId(@Nullable String eventId) {
		return new LambdaQuery(this.userId, this.state, eventId, this.name);
	}

	/**
	 * Return a copy that lists only functions of the given name.
	 * @param name the function name
	 * @return the new query
	 */
	public LambdaQuery withName(@Nullable String name) {
		return new LambdaQuery(this.userId, this.state, this.eventId, name);
	}

}
