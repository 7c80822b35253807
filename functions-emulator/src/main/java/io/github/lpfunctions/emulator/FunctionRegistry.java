package io.github.lpfunctions.emulator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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

	private final Map<String, Entry> entries = new LinkedHashMap<>();

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
		Entry existing = this.entries.get(function.uuid());
		if (existing != null) {
			this.entries.put(function.uuid(), new Entry(function, existing.createdAt(), now, existing.invocations()));
		}
		else {
			this.entries.put(function.uuid(), new Entry(function, now, now, new AtomicLong()));
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
		return Optional.ofNullable(this.entries.get(uuid)).map(Entry::function);
	}

	/**
	 * Return the registry entry (function, times, invocation count) for a UUID.
	 * @param uuid the UUID
	 * @return the entry, if deployed
	 */
	public synchronized Optional<Entry> entry(String uuid) {
		return Optional.ofNullable(this.entries.get(uuid));
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
		return this.entries.values().stream().map(Entry::function).toList();
	}

	/**
	 * Return all registry entries in the order they were added.
	 * @return the entries
	 */
	public synchronized List<Entry> entries() {
		return new ArrayList<>(this.entries.values());
	}

	/**
	 * Return the productive functions bound to an event, in the order they were added.
	 * @param eventId the event id
	 * @return the functions
	 */
	public synchronized List<EmulatedFunction> productiveFor(String eventId) {
		return this.entries.values()
			.stream()
			.map(Entry::function)
			.filter((function) -> eventId.equals(function.eventId()) && function.isProductive())
			.toList();
	}

	/**
	 * Return how many invocations of a function the emulator has executed.
	 * @param uuid the UUID
	 * @return the count, {@code 0} for an unknown function
	 */
	public synchronized long invocations(String uuid) {
		Entry entry = this.entries.get(uuid);
		return (entry != null) ? entry.invocations().get() : 0;
	}

	/**
	 * Count one executed invocation.
	 * @param uuid the UUID
	 */
	public synchronized void recordInvocation(String uuid) {
		Entry entry = this.entries.get(uuid);
		if (entry != null) {
			entry.invocations().incrementAndGet();
		}
	}

	/**
	 * Set every invocation count back to zero.
	 */
	public synchronized void resetInvocations() {
		this.entries.values().forEach((entry) -> entry.invocations().set(0));
	}

	/**
	 * A deployed function with its bookkeeping.
	 *
	 * @param function the function
	 * @param createdAt when it was first deployed
	 * @param updatedAt when it was last deployed
	 * @param invocations the executed invocations
	 */
	public record Entry(EmulatedFunction function, Instant createdAt, Instant updatedAt, AtomicLong invocations) {

		/**
		 * Return the number of executed invocations.
		 * @return the count
		 */
		public long invocationCount() {
			return this.invocations.get();
		}
	}

}
