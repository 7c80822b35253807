package io.github.lpfunctions.client.observation;

import io.micrometer.common.docs.KeyName;

/**
 * Keys of the {@code liveperson.functions.requests} observation with unbounded values,
 * for spans only.
 *
 * @author LivePerson Functions for Spring contributors
 */
public enum HighCardinalityKeys implements KeyName {

	/**
	 * The LivePerson account.
	 */
	ACCOUNT {
		@Override
		public String asString() {
			return "account";
		}
	},

	/**
	 * The invoked function's UUID.
	 */
	FUNCTION_UUID {
		@Override
		public String asString() {
			return "function.uuid";
		}
	},

	/**
	 * The event id.
	 */
	EVENT_ID {
		@Override
		public String asString() {
			return "event.id";
		}
	},

	/**
	 * The {@code X-Request-ID} sent.
	 */
	REQUEST_ID {
		@Override
		public String asString() {
			return "request.id";
		}
	},

	/**
	 * The method of a declarative client that made the call, such as
	 * {@code Greetings.greet}; absent for a call on a template.
	 */
	CLIENT_METHOD {
		@Override
		public String asString() {
			return "client.method";
		}
	}

}
