package io.github.lpfunctions.benchmarks;

import java.util.Map;

import reactor.core.publisher.Mono;

import io.github.lpfunctions.client.annotation.FunctionsClient;
import io.github.lpfunctions.client.annotation.InvokeFunction;

/**
 * The stand-in's echo function as a declarative client, for
 * {@link ClientInterfaceBenchmark}.
 */
@FunctionsClient
public interface EchoFunctions {

	/**
	 * Invoke the function and wait for its result.
	 * @param payload the payload
	 * @return the result
	 */
	@InvokeFunction(Clients.FUNCTION)
	Map<String, Object> echo(Map<String, Object> payload);

	/**
	 * Invoke the function.
	 * @param payload the payload
	 * @return the result
	 */
	@InvokeFunction(Clients.FUNCTION)
	Mono<Map<String, Object>> echoLater(Map<String, Object> payload);

}
