package io.github.lpfunctions.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Cache of isImplemented answers per event, skill and platform, bounded in size (the
 * least recently used entry goes first) and in time. Failures are never put here.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class IsImplementedCache {

	private final Duration ttl;

	private final Clock clock;

	private final Map<Key, Entry> entries;

	/** The platform of the latest resolution, else the configured one. */
	private volatile @Nullable Platform platform;

	IsImplementedCache(Duration ttl, int maxSize, Clock clock, @Nullable Platform configured) {
		this.ttl = ttl;
		this.clock = clock;
		this.platform = configured;
		this.entries = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
				return size() > maxSize;
			}

		};
	}

	@Nullable Boolean get(Key key) {
		Hit hit = lookup(key);
		return (hit != null) ? hit.implemented() : null;
	}

	/**
	 * The answer for the given event on the platform last resolved.
	 * @return the answer and the platform it is for, or {@code null} when none is cached
	 * or no platform is known yet
	 */
	@Nullable Hit get(String eventId, @Nullable String skillId, @Nullable String userId) {
		Platform known = this.platform;
		return (known != null) ? lookup(new Key(eventId, skillId, userId, known)) : null;
	}

	private synchronized @Nullable Hit lookup(Key key) {
		Entry entry = this.entries.get(key);
		if (entry == null) {
			return null;
		}
		if (!this.clock.instant().isBefore(entry.expiresAt)) {
			this.entries.remove(key);
			return null;
		}
		return entry.hit;
	}

	/** Learn the platform of a resolution, which keys the answers asked for before it. */
	void resolved(Platform resolved) {
		// every call resolves, nearly always to the same platform: written only when it
		// changes, so that calls on different threads do not write the same field
		if (this.platform != resolved) {
			this.platform = resolved;
		}
	}

	synchronized void put(Key key, boolean implemented) {
		if (!this.ttl.isZero()) {
			this.entries.put(key, new Entry(new Hit(implemented, key.platform()), this.clock.instant().plus(this.ttl)));
		}
	}

	/**
	 * What an answer depends on; the user id too, as a V2 answer may depend on the user
	 * it was asked for.
	 */
	record Key(String eventId, @Nullable String skillId, @Nullable String userId, Platform platform) {

	}

	/**
	 * A cached answer, made when it is put, so that a hit allocates nothing for it.
	 *
	 * @param implemented the answer
	 * @param platform the platform it is for
	 */
	record Hit(boolean implemented, Platform platform) {

	}

	private record Entry(Hit hit, Instant expiresAt) {

	}

}
