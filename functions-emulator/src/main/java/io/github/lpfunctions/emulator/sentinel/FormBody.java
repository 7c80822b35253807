package io.github.lpfunctions.emulator.sentinel;

import reactor.core.publisher.Mono;

import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.server.ServerRequest;

import io.github.lpfunctions.emulator.http.Forms;
import io.github.lpfunctions.emulator.http.QuietBodies;

/**
 * Reads the form body that every POST of the authorization server carries. From the body
 * text, not with {@code ServerRequest#formData()}: the request recording filter hands the
 * handlers a copy of the body.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class FormBody {

	private FormBody() {
	}

	/**
	 * Read the form.
	 * @param request the request
	 * @return the parameters, or empty when the body is not form-encoded
	 */
	static Mono<MultiValueMap<String, String>> read(ServerRequest request) {
		MediaType contentType = request.headers().contentType().orElse(null);
		if (contentType == null || !MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(contentType)) {
			return Mono.empty();
		}
		return QuietBodies.text(request).defaultIfEmpty("").map(Forms::parse);
	}

}
