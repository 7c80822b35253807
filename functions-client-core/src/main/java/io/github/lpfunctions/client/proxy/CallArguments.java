package io.github.lpfunctions.client.proxy;

import org.jspecify.annotations.Nullable;

import io.github.lpfunctions.client.InvocationOptions;

/**
 * Where a method's arguments go, found once when the client is created: the payload, the
 * {@link InvocationOptions} and the single values, over the options the annotations give.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class CallArguments {

	private final InvocationOptions defaults;

	private final int payload;

	private final int options;

	private final int skillId;

	private final int requestId;

	private final int[] headers;

	private final String[] headerNames;

	private final boolean perCall;

	CallArguments(InvocationOptions defaults, int payload, int options, int skillId, int requestId, int[] headers,
			String[] headerNames) {
		this.defaults = defaults;
		this.payload = payload;
		this.options = options;
		this.skillId = skillId;
		this.requestId = requestId;
		this.headers = headers;
		this.headerNames = headerNames;
		this.perCall = options >= 0 || skillId >= 0 || requestId >= 0 || headers.length > 0;
	}

	boolean hasPayload() {
		return this.payload >= 0;
	}

	boolean hasHeaders() {
		return this.headers.length > 0;
	}

	@Nullable Object payload(@Nullable Object[] arguments) {
		return (this.payload >= 0) ? arguments[this.payload] : null;
	}

	/**
	 * The options of one call: the single-value arguments over the options argument over
	 * the annotations' defaults.
	 */
	InvocationOptions options(@Nullable Object[] arguments) {
		if (!this.perCall) {
			return this.defaults;
		}
		InvocationOptions result = this.defaults;
		if (this.options >= 0 && arguments[this.options] instanceof InvocationOptions given) {
			result = given.orElse(result);
		}
		String skill = (this.skillId >= 0) ? (String) arguments[this.skillId] : null;
		String request = (this.requestId >= 0) ? (String) arguments[this.requestId] : null;
		boolean anyHeader = false;
		for (int index : this.headers) {
			anyHeader |= arguments[index] != null;
		}
		if (skill == null && request == null && !anyHeader) {
			return result;
		}
		InvocationOptions.Builder values = InvocationOptions.builder();
		if (skill != null) {
			values.skillId(skill);
		}
		if (request != null) {
			values.requestId(request);
		}
		for (int i = 0; i < this.headers.length; i++) {
			Object value = arguments[this.headers[i]];
			if (value != null) {
				values.header(this.headerNames[i], (String) value);
			}
		}
		return values.build().orElse(result);
	}

}
