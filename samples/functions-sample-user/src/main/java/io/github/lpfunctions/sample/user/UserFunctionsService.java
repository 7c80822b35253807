package io.github.lpfunctions.sample.user;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Service;

import io.github.lpfunctions.client.FunctionsOperations;
import io.github.lpfunctions.client.autoconfigure.user.FunctionsUserCredentials;

/**
 * Invokes the demo function as the signed-in user: the call carries that user's access
 * token instead of the application's own client credentials, so LivePerson runs it as the
 * user (and refuses it when the user lacks the FaaS-Invocation privilege). The starter's
 * {@link FunctionsUserCredentials} finds the user of the current request and refreshes an
 * expired access token; when the user must sign in again, Spring Security sends them to
 * LivePerson's login.
 *
 * @author LivePerson Functions for Spring contributors
 */
@Service
public class UserFunctionsService {

	private static final ParameterizedTypeReference<JsonNode> JSON = new ParameterizedTypeReference<>() {
	};

	private final FunctionsOperations functions;

	private final FunctionsUserCredentials userCredentials;

	private final String functionUuid;

	/**
	 * Create the service.
	 * @param functions the blocking LivePerson Functions client
	 * @param userCredentials the credentials of the signed-in user
	 * @param functionUuid the function the page invokes ({@code sample.function-uuid})
	 */
	public UserFunctionsService(FunctionsOperations functions, FunctionsUserCredentials userCredentials,
			@Value("${sample.function-uuid}") String functionUuid) {
		this.functions = functions;
		this.userCredentials = userCredentials;
		this.functionUuid = functionUuid;
	}

	/**
	 * Return the function the page invokes.
	 * @return its UUID
	 */
	public String functionUuid() {
		return this.functionUuid;
	}

	/**
	 * Invoke the function as the user of the current request.
	 * @param text the text to send as {@code {"text": ...}}
	 * @return the function's result, {@code null} when it returned nothing
	 */
	public @Nullable JsonNode invokeAsCurrentUser(String text) {
		return this.functions.invokeByUuid(this.functionUuid, Map.of("text", text), this.userCredentials.currentUser(),
				JSON);
	}

}
