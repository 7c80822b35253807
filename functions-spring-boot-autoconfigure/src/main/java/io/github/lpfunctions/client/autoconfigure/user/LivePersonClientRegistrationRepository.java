package io.github.lpfunctions.client.autoconfigure.user;

import java.util.Iterator;

import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * The application's client registrations, if it has any, and the LivePerson one beside
 * them. The application's own come first and are left as they are: a registration of its
 * own with the same id wins.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class LivePersonClientRegistrationRepository
		implements ClientRegistrationRepository, Iterable<ClientRegistration> {

	private final LivePersonClientRegistrations livePerson;

	private final @Nullable ClientRegistrationRepository application;

	/**
	 * Create a repository.
	 * @param livePerson the LivePerson registration
	 * @param application the application's own registrations, or {@code null}
	 */
	LivePersonClientRegistrationRepository(LivePersonClientRegistrations livePerson,
			@Nullable ClientRegistrationRepository application) {
		this.livePerson = livePerson;
		this.application = application;
	}

	@Override
	public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
		ClientRegistration registration = (this.application != null)
				? this.application.findByRegistrationId(registrationId) : null;
		if (registration != null) {
			return registration;
		}
		return this.livePerson.registrationId().equals(registrationId) ? this.livePerson.blockingRegistration() : null;
	}

	// Spring Security lists the registrations on its login page.
	@Override
	public Iterator<ClientRegistration> iterator() {
		return this.livePerson.listedAfter(this.application).iterator();
	}

}
