package io.github.lpfunctions.emulator;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * What the function listings show of an {@link EmulatedFunction} beyond its name, state
 * and event: the V2 listing's skills, size and V1 compatibility flag, the V1 listing's
 * version and implementation, and who created and changed the function. Refine the
 * {@link #defaults()} with the {@code with...} methods, each returning a copy.
 *
 * @param skills the skills the function is bound to (V2 {@code skills})
 * @param size the size, {@code S}, {@code M}, {@code L}, {@code XL} or {@code XXL} (V2
 * {@code size})
 * @param compV1 whether the function runs in V1 compatibility mode (V2 {@code isCompV1})
 * @param version the deployed version (V1 {@code version})
 * @param code the source code (V1 {@code implementation.code})
 * @param dependencies npm dependencies, name to version (V1
 * {@code implementation.dependencies})
 * @param environmentVariables environment variables, name to value (V1
 * {@code implementation.environmentVariables})
 * @param createdBy who created the function
 * @param updatedBy who changed it last
 * @author LivePerson Functions for Spring contributors
 */
public record FunctionDetails(List<String> skills, String size, boolean compV1, int version, String code,
		Map<String, String> dependencies, Map<String, String> environmentVariables, String createdBy,
		String updatedBy) {

	private static final List<String> SIZES = List.of("S", "M", "L", "XL", "XXL");

	private static final FunctionDetails DEFAULTS = new FunctionDetails(List.of(), "S", false, 1,
			"function lambda(input, callback) {\n  // emulated by functions-emulator\n}", Map.of(), Map.of(),
			"emulator", "emulator");

	/**
	 * Create a new instance, validating and copying the arguments.
	 * @param skills the skills
	 * @param size the size
	 * @param compV1 whether the function runs in V1 compatibility mode
	 * @param version the version
	 * @param code the source code
	 * @param dependencies the dependencies
	 * @param environmentVariables the environment variables
	 * @param createdBy who created it
	 * @param updatedBy who changed it last
	 */
	public FunctionDetails {
		Assert.notNull(skills, "'skills' must not be null");
		Assert.noNullElements(skills, "'skills' must not hold null");
		Assert.isTrue(SIZES.contains(size), () -> "'size' must be one of " + SIZES + " but was '" + size + "'");
		Assert.isTrue(version >= 1, "'version' must be 1 or more");
		Assert.notNull(code, "'code' must not be null");
		Assert.notNull(dependencies, "'dependencies' must not be null");
		Assert.notNull(environmentVariables, "'environmentVariables' must not be null");
		Assert.hasText(createdBy, "'createdBy' must not be empty");
		Assert.hasText(updatedBy, "'updatedBy' must not be empty");
		skills = List.copyOf(skills);
		dependencies = Collections.unmodifiableMap(new LinkedHashMap<>(dependencies));
		environmentVariables = Collections.unmodifiableMap(new LinkedHashMap<>(environmentVariables));
	}

	/**
	 * The details of a function nobody described: no skills, size {@code S}, version 1, a
	 * placeholder code, created and changed by {@code emulator}.
	 * @return the defaults
	 */
	public static FunctionDetails defaults() {
		return DEFAULTS;
	}

	/**
	 * Return a copy bound to the given skills.
	 * @param skills the skill ids
	 * @return a new instance
	 */
	public FunctionDetails withSkills(String... skills) {
		return new FunctionDetails(Arrays.asList(skills), this.size, this.compV1, this.version, this.code,
				this.dependencies, this.environmentVariables, this.createdBy, this.updatedBy);
	}

	/**
	 * Return a copy of the given size.
	 * @param size {@code S}, {@code M}, {@code L}, {@code XL} or {@code XXL}
	 * @return a new instance
	 */
	public FunctionDetails withSize(String size) {
		return new FunctionDetails(this.skills, size, this.compV1, this.version, this.code, this.dependencies,
				this.environmentVariables, this.createdBy, this.updatedBy);
	}

	/**
	 * Return a copy with the given V1 compatibility flag.
	 * @param compV1 whether the function runs in V1 compatibility mode
	 * @return a new instance
	 */
	public FunctionDetails withCompV1(boolean compV1) {
		return new FunctionDetails(this.skills, this.size, compV1, this.version, this.code, this.dependencies,
				this.environmentVariables, this.createdBy, this.updatedBy);
	}

	/**
	 * Return a copy at the given version.
	 * @param version the version, 1 or more
	 * @return a new instance
	 */
	public FunctionDetails withVersion(int version) {
		return new FunctionDetails(this.skills, this.size, this.compV1, version, this.code, this.dependencies,
				this.environmentVariables, this.createdBy, this.updatedBy);
	}

	/**
	 * Return a copy with the given implementation.
	 * @param code the source code
	 * @param dependencies npm dependencies, name to version
	 * @param environmentVariables environment variables, name to value
	 * @return a new instance
	 */
	public FunctionDetails withImplementation(String code, Map<String, String> dependencies,
			Map<String, String> environmentVariables) {
		return new FunctionDetails(this.skills, this.size, this.compV1, this.version, code, dependencies,
				environmentVariables, this.createdBy, this.updatedBy);
	}

	/**
	 * Return a copy created and changed by the given users.
	 * @param createdBy who created the function
	 * @param updatedBy who changed it last, or {@code null} for the creator
	 * @return a new instance
	 */
	public FunctionDetails withAuthors(String createdBy, @Nullable String updatedBy) {
		return new FunctionDetails(this.skills, this.size, this.compV1, this.version, this.code, this.dependencies,
				this.environmentVariables, createdBy, (updatedBy != null) ? updatedBy : createdBy);
	}

}
