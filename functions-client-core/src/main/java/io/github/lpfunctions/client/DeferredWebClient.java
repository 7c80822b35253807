package io.github.lpfunctions.client;

import org.springframework.http.HttpMethod;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * A {@link WebClient} built on its first request. Building the first WebClient of an
 * application sets up its codecs and exchange strategies, which measured some 50 ms of
 * the application's start-up; a template needs them only for its first call.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class DeferredWebClient implements WebClient {

	private final SingletonSupplier<WebClient> webClient;

	/**
	 * Create a client that the given builder builds when first used.
	 * @param builder the builder, which no one else changes from now on
	 */
	DeferredWebClient(WebClient.Builder builder) {
		this.webClient = SingletonSupplier.of(builder::build);
	}

	private WebClient webClient() {
		return this.webClient.obtain();
	}

	@Override
	public RequestHeadersUriSpec<?> get() {
		return webClient().get();
	}

	@Override
	public RequestHeadersUriSpec<?> head() {
		return webClient().head();
	}

	@Override
	public RequestBodyUriSpec post() {
		return webClient().post();
	}

	@Override
	public RequestBodyUriSpec put() {
		return webClient().put();
	}

	@Override
	public RequestBodyUriSpec patch() {
		return webClient().patch();
	}

	@Override
	public RequestHeadersUriSpec<?> delete() {
		return webClient().delete();
	}

	@Override
	public RequestHeadersUriSpec<?> options() {
		return webClient().options();
	}

	@Override
	public RequestBodyUriSpec method(HttpMethod method) {
		return webClient().method(method);
	}

	@Override
	public Builder mutate() {
		return webClient().mutate();
	}

}
