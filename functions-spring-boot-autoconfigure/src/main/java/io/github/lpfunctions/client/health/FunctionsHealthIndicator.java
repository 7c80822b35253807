package io.github.lpfunctions.client.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.util.Assert;

import io.github.lpfunctions.client.ConnectionCheck;
import io.github.lpfunctions.client.FaaSAuthenticationException;
import io.github.lpfunctions.client.Platform;
import io.github.lpfunctions.client.ReactiveFunctionsTemplate;
import io.github.lpfunctions.client.discovery.ServiceEndpoints;

/**
 * {@link ReactiveHealthIndicator} of LivePerson Functions: UP when the account's gateway
 * is known (discovered or configured) and credentials can be obtained, DOWN with the
 * reason otherwise. It never invokes a function and reuses its last result for a while,
 * so that frequent probes do not reach the authorization server each time.
 * <p>
 * Details: {@code account}, {@code platform}, {@code gateway} (host and port) and, when
 * DOWN, {@code reason} ({@code discovery-failed}, {@code bad-credentials},
 * {@code authorization-server-unreachable} (no answer),
 * {@code authorization-server-unavailable} (5xx or 429), {@code authorization-failed}
 * (any other refusal) or {@code timeout}), {@code error} and, while a failed token
 * request is remembered, {@code paused-until}: the instant (ISO-8601) before which no
 * token request is made and calls fail at once with that error. Never a secret or a
 * token.
 *
 * @author LivePerson Functions for Spring contributors
 */
public class FunctionsHealthIndicator implements ReactiveHealthIndicator {

	private final ReactiveFunctionsTemplate template;

	private final Duration timeout;

	private final Mono<Health> health;

	/**
	 * Create an indicator that checks the template's connection, sharing its discovery
	 * and token caches: it asks for the credentials of a gateway request, which for
	 * client credentials means a valid access token.
	 * @param template the template whose account is checked
	 * @param cacheTtl how long a result is reused; zero to check on every call
	 * @param timeout how long one check may take
	 */
	public FunctionsHealthIndicator(ReactiveFunctionsTemplate template, Duration cacheTtl, Duration timeout) {
		Assert.notNull(template, "'template' must not be null");
		Assert.isTrue(!cacheTtl.isNegative(), "'cacheTtl' must not be negative");
		Assert.isTrue(!timeout.isNegative() && !timeout.isZero(), "'timeout' must be positive");
		this.template = template;
		this.timeout = timeout;
		Mono<Health> check = Mono.defer(this::check);
		this.health = cacheTtl.isZero() ? check : check.cache(cacheTtl);
	}

	@Override
	public Mono<Health> health() {
		return this.health;
	}

	private Mono<Health> check() {
		String account = this.template.getAccountId();
		return this.template.checkConnection()
			.map(FunctionsHealthIndicator::health)
			.timeout(this.timeout,
					Mono.fromSupplier(() -> Health.down()
						.withDetail("account", account)
						.withDetail("reason", "timeout")
						.withDetail("error", "No answer within " + this.timeout)
						.build()));
	}

	private static Health health(ConnectionCheck check) {
		Throwable failure = check.failure();
		ServiceEndpoints endpoints = check.endpoints();
		Platform platform = check.platform();
		if (check.failedStep() == ConnectionCheck.Step.DISCOVERY || endpoints == null || platform == null) {
			return Health.down()
				.withDetail("account", check.accountId())
				.withDetail("reason", "discovery-failed")
				.withDetail("error", message(failure))
				.build();
		}
		Health.Builder details = new Health.Builder().withDetail("account", check.accountId())
			.withDetail("platform", platform.name().toLowerCase(Locale.ROOT))
			.withDetail("gateway", endpoints.gateway().getAuthority());
		if (check.isHealthy()) {
			return details.up().build();
		}
		details.down().withDetail("reason", reason(failure)).withDetail("error", message(failure));
		Instant pausedUntil = check.pausedUntil();
		if (pausedUntil != null) {
			details.withDetail("paused-until", pausedUntil.toString());
		}
		return details.build();
	}

	private static String reason(@Nullable Throwable ex) {
		if (ex instanceof FaaSAuthenticationException authentication) {
			if (authentication.isBadCredentials()) {
				return "bad-credentials";
			}
			int status = authentication.getStatusCode();
			if (status == 0) {
				return "authorization-server-unreachable";
			}
			// the server is there but cannot serve: not a verdict on our credentials
			if (status >= 500 || status == 429) {
				return "authorization-server-unavailable";
			}
		}
		return "authorization-failed";
	}

	private static String message(@Nullable Throwable ex) {
		if (ex == null) {
			return "unknown";
		}
		return (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
	}

}
