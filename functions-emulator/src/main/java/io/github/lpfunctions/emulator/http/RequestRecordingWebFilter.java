package io.github.lpfunctions.emulator.http;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import io.github.lpfunctions.emulator.Endpoint;
import io.github.lpfunctions.emulator.RecordedRequest;
import io.github.lpfunctions.emulator.RequestJournal;

/**
 * Records every request except those of the admin API ({@code /emulator/**}) in the
 * {@link RequestJournal}, with credentials masked (the {@code password} of a JSON body to
 * the Login API too). Reads the body once and hands the handlers a copy (handlers
 * therefore parse forms from the body text, not with {@code ServerRequest#formData()}).
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class RequestRecordingWebFilter implements WebFilter, Ordered {

	/** Path prefix of the admin API, which is not recorded. */
	public static final String ADMIN_PREFIX = "/emulator";

	private static final List<String> MASKED_HEADERS = List.of(HttpHeaders.AUTHORIZATION,
			HttpHeaders.PROXY_AUTHORIZATION, "DPoP", HttpHeaders.COOKIE);

	private final RequestJournal journal;

	private final JsonMapper jsonMapper;

	private final Clock clock;

	/**
	 * Create a new filter.
	 * @param journal the journal to record into
	 * @param jsonMapper the mapper for masking JSON bodies
	 * @param clock the clock for timestamps
	 */
	public RequestRecordingWebFilter(RequestJournal journal, JsonMapper jsonMapper, Clock clock) {
		this.journal = journal;
		this.jsonMapper = jsonMapper;
		this.clock = clock;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		String path = request.getPath().pathWithinApplication().value();
		if (path.equals(ADMIN_PREFIX) || path.startsWith(ADMIN_PREFIX + "/")) {
			return chain.filter(exchange);
		}
		return DataBufferUtils.join(request.getBody()).map((buffer) -> {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			DataBufferUtils.release(buffer);
			return bytes;
		}).defaultIfEmpty(new byte[0]).flatMap((bytes) -> {
			this.journal.record(record(request, path, bytes));
			ServerHttpRequest replay = new ServerHttpRequestDecorator(request) {

				@Override
				public Flux<DataBuffer> getBody() {
					return (bytes.length == 0) ? Flux.empty()
							: Flux.defer(() -> Flux.just(exchange.getResponse().bufferFactory().wrap(bytes)));
				}

			};
			return chain.filter(exchange.mutate().request(replay).build());
		});
	}

	private RecordedRequest record(ServerHttpRequest request, String path, byte[] bytes) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		request.getHeaders().forEach((name, values) -> headers.put(name, mask(name, values)));
		String body = new String(bytes, StandardCharsets.UTF_8);
		MediaType contentType = request.getHeaders().getContentType();
		if (contentType != null && MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(contentType)) {
			body = Forms.mask(body);
		}
		else if (Endpoint.LOGIN.matches(request.getMethod().name(), path) && !body.isEmpty()) {
			body = maskJson(body);
		}
		String query = request.getURI().getRawQuery();
		return new RecordedRequest(this.clock.instant(), request.getMethod().name(), path,
				(query != null) ? Forms.mask(query) : null, headers, body);
	}

	/**
	 * Mask the secret members of a JSON object; anything that is not one is masked whole,
	 * as it may hold a password all the same.
	 */
	private String maskJson(String body) {
		try {
			JsonNode json = this.jsonMapper.readTree(body);
			if (json instanceof ObjectNode object) {
				for (String name : Forms.SECRET_PARAMETERS) {
					if (object.has(name)) {
						object.put(name, Forms.MASK);
					}
				}
				return this.jsonMapper.writeValueAsString(object);
			}
		}
		catch (JacksonException ex) {
			// masked whole below
		}
		return Forms.MASK;
	}

	private static List<String> mask(String name, List<String> values) {
		if (MASKED_HEADERS.stream().noneMatch(name::equalsIgnoreCase)) {
			return List.copyOf(values);
		}
		List<String> masked = new ArrayList<>();
		for (String value : values) {
			int space = value.indexOf(' ');
			masked.add((space > 0 && !name.equalsIgnoreCase(HttpHeaders.COOKIE))
					? value.substring(0, space) + " " + Forms.MASK : Forms.MASK);
		}
		return masked;
	}

}
