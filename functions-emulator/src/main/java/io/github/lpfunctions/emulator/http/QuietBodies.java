package io.github.lpfunctions.emulator.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.core.codec.Hints;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Reads and writes bodies without the codecs' DEBUG and TRACE log lines, which would show
 * them whole: the emulator's bodies carry passwords, client secrets, tokens and payloads.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class QuietBodies {

	private static final Map<String, Object> QUIET = Map.of(Hints.SUPPRESS_LOGGING_HINT, true);

	private QuietBodies() {
	}

	/**
	 * Read the body as UTF-8 text, unlogged: from its bytes, as the string decoder logs
	 * what it decodes whatever the hints say.
	 * @param request the request
	 * @return the text, empty without a body
	 */
	public static Mono<String> text(ServerRequest request) {
		return DataBufferUtils.join(request.body(BodyExtractors.toDataBuffers())).map((buffer) -> {
			try {
				return buffer.toString(StandardCharsets.UTF_8);
			}
			finally {
				DataBufferUtils.release(buffer);
			}
		});
	}

	/**
	 * Answer a body, unlogged.
	 * @param response the response being built
	 * @param body the body
	 * @return the response
	 */
	public static Mono<ServerResponse> body(ServerResponse.BodyBuilder response, Object body) {
		return response.hints((hints) -> hints.putAll(QUIET)).bodyValue(body);
	}

}
