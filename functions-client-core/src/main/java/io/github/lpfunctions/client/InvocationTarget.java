package io.github.lpfunctions.client;

import org.jspecify.annotations.Nullable;

/**
 * What an invocation addresses: one function by UUID, or every function of an event.
 *
 * @param kind a function or an event
 * @param id the function UUID or the event id, checked
 * @author LivePerson Functions for Spring contributors
 */
record InvocationTarget(Kind kind, String id) {

	static InvocationTarget function(String functionUuid) {
		return new InvocationTarget(Kind.FUNCTION, functionUuid);
	}

	static InvocationTarget event(String eventId) {
		return new InvocationTarget(Kind.EVENT, eventId);
	}

	/** The operation as observed. */
	String operation() {
		return (this.kind == Kind.FUNCTION) ? "invoke" : "invoke-event";
	}

	/** The invocation as failure messages name it. */
	String description() {
		return (this.kind == Kind.FUNCTION) ? "Invocation of function " + this.id
				: "Invocation of event '" + this.id + "'";
	}

	@Nullable String functionUuid() {
		return (this.kind == Kind.FUNCTION) ? this.id : null;
	}

	@Nullable String eventId() {
		return (this.kind == Kind.EVENT) ? this.id : null;
	}

	enum Kind {

		/** One function, by its UUID. */
		FUNCTION,

		/** Every function of an event. */
		EVENT

	}

}
