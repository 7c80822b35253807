package io.github.lpfunctions.emulator;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.util.Assert;

/**
 * The functions deployed on the emulator, in the order they were added, with a count of
 * the invocations each has executed. Thread-safe.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class FunctionRegistry {

	private final Map<String, Slot> entries = new LinkedHashMap<>();

	private List<EmulatedFunction> baseline = List.of();

	private final Clock clock;

	/**
	 * Create an empty registry.
	 * @param clock the clock for creation and update times
	 */
	public FunctionRegistry(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Deploy a function, replacing any with the same UUID (its invocation count is kept).
	 * @param function the function
	 * @return this registry
	 */
	public synchronized FunctionRegistry put(EmulatedFunction function) {
		Assert.notNull(function, "'function' must not be null");
		Instant now = this.clock.instant();
		Slot existing = this.entries.get(function.uuid());
		if (existing != null) {
			this.entries.put(function.uuid(), new Slot(function, existing.createdAt, now, existing.invocations));
		}
		else {
			this.entries.put(function.uuid(), new Slot(function, now, now, new AtomicLong()));
		}
		return this;
	}

	/**
	 * Deploy several functions.
	 * @param functions the functions
	 * @return this registry
	 */
	public FunctionRegistry putAll(Iterable<EmulatedFunction> functions) {
		functions.forEach(this::put);
		return this;
	}

	/**
	 * Return the function with the given UUID.
	 * @param uuid the UUID
	 * @return the function, if deployed
	 */
	public synchronized Optional<EmulatedFunction> get(String uuid) {
		return Optional.ofNullable(this.entries.get(uuid)).map((slot) -> slot.function);
	}

	/**
	 * Return the registry entry (function, times, invocation count) for a UUID.
	 * @param uuid the UUID
	 * @return the entry, if deployed
	 */
	public synchronized Optional<Entry> entry(String uuid) {
		return Optional.ofNullable(this.entries.get(uuid)).map(Slot::snapshot);
	}

	/**
	 * Remove a function.
	 * @param uuid the UUID
	 * @return whether a function was removed
	 */
	public synchronized boolean remove(String uuid) {
		return this.entries.remove(uuid) != null;
	}

	/**
	 * Remove all functions.
	 */
	public synchronized void clear() {
		this.entries.clear();
	}

	/**
	 * Return all functions in the order they were added.
	 * @return the functions
	 */
	public synchronized List<EmulatedFunction> all() {
		return this.entries.values().stream().map((slot) -> slot.function).toList();
	}

	/**
	 * Return all registry entries in the order they were added.
	 * @return the entries
	 */
	public synchronized List<Entry> entries() {
		return this.entries.values().stream().map(Slot::snapshot).toList();
	}

	/**
	 * Return the productive functions bound to an event, in the order they were added.
	 * @param eventId the event id
	 * @return the functions
	 */
	public synchronized List<EmulatedFunction> productiveFor(String eventId) {
		return this.entries.values()
			.stream()
			.map((slot) -> slot.function)
			.filter((function) -> eventId.equals(function.eventId()) && function.isProductive())
			.toList();
	}

	/**
	 * Return how many invocations of a function the emulator has executed.
	 * @param uuid the UUID
	 * @return the count, {@code 0} for an unknown function
	 */
	public synchronized long invocations(String uuid) {
		Slot slot = this.entries.get(uuid);
		return (slot != null) ? slot.invocations.get() : 0;
	}

	/**
	 * Count one executed invocation.
	 * @param uuid the UUID
	 */
	public synchronized void recordInvocation(String uuid) {
		Slot slot = this.entries.get(uuid);
		if (slot != null) {
			slot.invocations.incrementAndGet();
		}
	}

	/**
	 * Remember the functions deployed now as the baseline, which
	 * {@link #resetToBaseline()} restores.
	 */
	public synchronized void captureBaseline() {
		this.baseline = all();
	}

	/**
	 * Restore the functions of the last {@link #captureBaseline()} (the start-up
	 * functions), with invocation counts of zero.
	 */
	public synchronized void resetToBaseline() {
		this.entries.clear();
		putAll(this.baseline);
	}

	/**
	 * A deployed function with its bookkeeping, as of the moment it was read.
	 *
	 * @param function the function
	 * @param createdAt when it was first deployed
	 * @param updatedAt when it was last deployed
	 * @param invocations the number of executed invocations
	 */
	public record Entry(EmulatedFunction function, Instant createdAt, Instant updatedAt, long invocations) {

	}

	private static final class Slot {

		private final EmulatedFunction function;

		private final Instant createdAt;

		private final Instant updatedAt;

		private final AtomicLong invocations;

		Slot(EmulatedFunction function, Instant createdAt, Instant updatedAt, AtomicLong invocations) {
			this.function = function;
			this.createdAt = createdAt;
			this.updatedAt = updatedAt;
			this.invocations = invocations;
		}

		Entry snapshot() {
			return new Entry(this.function, this.createdAt, this.updatedAt, this.invocations.get());
		}

	}

}
