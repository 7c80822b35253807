package io.github.lpfunctions.client.autoconfigure.clients.app;

import org.springframework.context.annotation.Configuration;

import io.github.lpfunctions.client.autoconfigure.clients.EnableFunctionsClients;

/**
 * Registers the clients of its own package, as an application with no attribute does.
 */
@Configuration(proxyBeanMethods = false)
@EnableFunctionsClients
public class GreetingsApplication {

}
