package io.github.lpfunctions.client.autoconfigure;

import org.jspecify.annotations.Nullable;

/**
 * A {@code liveperson.functions.*} property is missing or wrong. Carries the property
 * name and what to do, which {@link FunctionsFailureAnalyzer} turns into a startup
 * report. Never carries the value of a secret.
 *
 * @author LivePerson Functions for Spring contributors
 */
public class InvalidFunctionsPropertyException extends RuntimeException {

	private final String property;

	private final @Nullable String value;

	private final String reason;

	private final String action;

	/**
	 * Create an exception.
	 * @param property the full property name, such as
	 * {@code liveperson.functions.account-id}
	 * @param value the value that is wrong, or {@code null} when it is missing or secret
	 * @param reason why the value cannot be used
	 * @param action what to do about it
	 */
	public InvalidFunctionsPropertyException(String property, @Nullable String value, String reason, String action) {
		super("Invalid LivePerson Functions configuration: '" + property + "' "
				+ ((value != null) ? "= '" + value + "'" : "is missing") + ": " + reason);
		this.property = property;
		this.value = value;
		this.reason = reason;
		this.action = action;
	}

	/**
	 * Return the full name of the property.
	 * @return the property name
	 */
	public String getProperty() {
		return this.property;
	}

	/**
	 * Return the value that cannot be used.
	 * @return the value, or {@code null} when the property is missing
	 */
	public @Nullable String getValue() {
		return this.value;
	}

	/**
	 * Return why the value cannot be used.
	 * @return the reason
	 */
	public String getReason() {
		return this.reason;
	}

	/**
	 * Return what to do about it.
	 * @return the action
	 */
	public String getAction() {
		return this.action;
	}

}
