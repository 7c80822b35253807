package io.github.lpfunctions.client.autoconfigure.user;

import java.util.Iterator;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;

/**
 * The reactive counterpart of {@link LivePersonClientRegistrationRepository}: the
 * application's client registrations, if it has any, and the LivePerson one beside them.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class LivePersonReactiveClientRegistrationRepository
		implements ReactiveClientRegistrationRepository, Iterable<ClientRegistration> {

	private final LivePersonClientRegistrations livePerson;

	private final @Nullable ReactiveClientRegistrationRepository application;

	/**
	 * Create a repository.
	 * @param livePerson the LivePerson registration
	 * @param application the application's own registrations, or {@code null}
	 */
	LivePersonReactiveClientRegistrationRepository(LivePersonClientRegistrations livePerson,
			@Nullable ReactiveClientRegistrationRepository application) {
		this.livePerson = livePerson;
		this.application = application;
	}

	@Override
	public Mono<ClientRegistration> findByRegistrationId(String registrationId) {
		Mono<ClientRegistration> livePerson = Mono.defer(() -> this.livePerson.registrationId().equals(registrationId)
				? this.livePerson.registration() : Mono.empty());
		return (this.application != null)
				? this.application.findByRegistrationId(registrationId).switchIfEmpty(livePerson) : livePerson;
	}

	// Spring Security lists the registrations on its login page, once, while it is
	// configured; never on an event loop.
	@Override
	public Iterator<ClientRegistration> iterator() {
		return this.livePerson.listedAfter(this.application).iterator();
	}

}
