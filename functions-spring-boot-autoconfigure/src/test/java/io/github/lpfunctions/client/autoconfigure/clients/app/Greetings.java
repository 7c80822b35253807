package io.github.lpfunctions.client.autoconfigure.clients.app;

import java.util.List;

import jakarta.validation.Valid;
import reactor.core.publisher.Mono;

import io.github.lpfunctions.client.EventInvocationResult;
import io.github.lpfunctions.client.annotation.FunctionsClient;
import io.github.lpfunctions.client.annotation.InvokeEvent;
import io.github.lpfunctions.client.annotation.InvokeFunction;
import io.github.lpfunctions.client.annotation.IsImplemented;

/**
 * A client interface as an application declares it, its UUID from a property.
 */
@FunctionsClient
public interface Greetings {

	@InvokeFunction("${greetings.function-uuid}")
	Greeting greet(@Valid Person person);

	@InvokeFunction("${greetings.function-uuid}")
	Mono<Greeting> greetLater(Person person);

	@InvokeEvent("${greetings.event}")
	List<EventInvocationResult<Greeting>> onCommand(Person person);

	@IsImplemented("${greetings.event}")
	boolean hasCommandHandler();

}
