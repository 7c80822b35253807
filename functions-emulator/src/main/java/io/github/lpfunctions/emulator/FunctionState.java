package io.github.lpfunctions.emulator;

import java.util.Arrays;

/**
 * Lifecycle state of a function, as the platform names it.
 *
 * @author LivePerson Functions for Spring contributors
 */
public enum FunctionState {

	/** Created but never deployed. */
	DRAFT("Draft"),

	/** Deployed and invocable. */
	PRODUCTIVE("Productive"),

	/** Deployed, with undeployed changes; not invocable. */
	MODIFIED("Modified"),

	/** Marked for undeployment; not invocable. */
	MARKED_UNDEPLOYED("Marked Undeployed");

	private final String displayName;

	FunctionState(String displayName) {
		this.displayName = displayName;
	}

	/**
	 * Return the name the platform uses on the wire, e.g. {@code Marked Undeployed}.
	 * @return the wire name
	 */
	public String displayName() {
		return this.displayName;
	}

	/**
	 * Parse a state from its wire name ({@code Productive}) or its constant name
	 * ({@code PRODUCTIVE}, {@code marked_undeployed}), ignoring case.
	 * @param value the value to parse
	 * @return the state
	 * @throws IllegalArgumentException if the value names no state
	 */
	public static FunctionState parse(String value) {
		String trimmed = value.trim();
		return Arrays.stream(values())
			.filter((state) -> state.displayName.equalsIgnoreCase(trimmed) || state.name().equalsIgnoreCase(trimmed)
					|| state.name().replace('_', ' ').equalsIgnoreCase(trimmed))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown function state '" + value + "', expected one of "
					+ Arrays.stream(values()).map(FunctionState::displayName).toList()));
	}

	@Override
	public String toString() {
		return this.displayName;
	}

}
