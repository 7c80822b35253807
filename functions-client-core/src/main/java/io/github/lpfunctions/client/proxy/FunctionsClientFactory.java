package io.github.lpfunctions.client.proxy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.util.StringValueResolver;

import io.github.lpfunctions.client.FunctionsTemplate;
import io.github.lpfunctions.client.ReactiveFunctionsTemplate;
import io.github.lpfunctions.client.support.Arguments;

/**
 * Creates implementations of
 * {@link io.github.lpfunctions.client.annotation.FunctionsClient} interfaces: each method
 * calls the {@link FunctionsTemplate} when it returns a value or {@code void}, the
 * {@link ReactiveFunctionsTemplate} when it returns a {@code Mono}, a {@code Flux} or a
 * {@code CompletableFuture}, and fails with the same exceptions as they do.
 * <p>
 * Everything about a method (its annotations, placeholders, parameters and return type)
 * is resolved and checked by {@link #createClient(Class)}, which throws a
 * {@link FunctionsClientDefinitionException} for the first problem; a call does no
 * reflection. Each call is observed with the high-cardinality key {@code client.method}
 * naming the interface and method, such as {@code Greetings.greet}. <pre class="code">
 * FunctionsClientFactory factory = FunctionsClientFactory.builder(reactiveTemplate)
 *     .valueResolver(environment::resolveRequiredPlaceholders)
 *     .build();
 * Greetings greetings = factory.createClient(Greetings.class);
 * </pre>
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class FunctionsClientFactory {

	private final ClientMethodParser parser;

	private FunctionsClientFactory(Builder builder) {
		this.parser = new ClientMethodParser(builder.reactive, builder.blocking, builder.resolver, builder.validator);
	}

	/**
	 * Start building a factory over a reactive template; the blocking methods use a
	 * {@link FunctionsTemplate} over it unless {@link Builder#blockingTemplate} gives
	 * one.
	 * @param reactive the reactive template
	 * @return the builder
	 */
	public static Builder builder(ReactiveFunctionsTemplate reactive) {
		return new Builder(Arguments.notNull(reactive, "reactive"));
	}

	/**
	 * Start building a factory over a blocking template and the reactive template it
	 * wraps.
	 * @param blocking the blocking template
	 * @return the builder
	 */
	public static Builder builder(FunctionsTemplate blocking) {
		return new Builder(Arguments.notNull(blocking, "blocking").getReactiveTemplate()).blockingTemplate(blocking);
	}

	/**
	 * Create the implementation of an interface.
	 * @param clientInterface the interface, usually annotated
	 * {@link io.github.lpfunctions.client.annotation.FunctionsClient}
	 * @param <T> the interface type
	 * @return the implementation
	 * @throws FunctionsClientDefinitionException when a method cannot be implemented as
	 * declared
	 */
	public <T> T createClient(Class<T> clientInterface) {
		Arguments.notNull(clientInterface, "clientInterface");
		if (!clientInterface.isInterface()) {
			throw new FunctionsClientDefinitionException(clientInterface, null, "it is not an interface",
					"Declare the client as an interface annotated @FunctionsClient");
		}
		Map<Method, ClientCall> calls = new HashMap<>();
		for (Method method : clientInterface.getMethods()) {
			if (!method.isDefault() && !Modifier.isStatic(method.getModifiers())) {
				calls.put(method, this.parser.parse(clientInterface, method));
			}
		}
		Object proxy = Proxy.newProxyInstance(clientInterface.getClassLoader(), new Class<?>[] { clientInterface },
				new ClientInvocationHandler(clientInterface, Map.copyOf(calls)));
		return clientInterface.cast(proxy);
	}

	/**
	 * Builder of {@link FunctionsClientFactory}.
	 */
	public static final class Builder {

		private final ReactiveFunctionsTemplate reactive;

		private FunctionsTemplate blocking;

		private @Nullable StringValueResolver resolver;

		private @Nullable ArgumentsValidator validator;

		private Builder(ReactiveFunctionsTemplate reactive) {
			this.reactive = reactive;
			this.blocking = new FunctionsTemplate(reactive);
		}

		/**
		 * Use this blocking template for the methods that return a value or {@code void};
		 * it should wrap the factory's reactive template.
		 * @param blocking the blocking template
		 * @return this builder
		 */
		public Builder blockingTemplate(FunctionsTemplate blocking) {
			this.blocking = Arguments.notNull(blocking, "blocking");
			return this;
		}

		/**
		 * Resolve the {@code ${...}} placeholders of the annotations with this resolver,
		 * such as {@code environment::resolveRequiredPlaceholders}; without one, a
		 * placeholder fails the creation of its client.
		 * @param resolver the resolver
		 * @return this builder
		 */
		public Builder valueResolver(StringValueResolver resolver) {
			this.resolver = Arguments.notNull(resolver, "resolver");
			return this;
		}

		/**
		 * Validate the arguments of each call with this validator before any network
		 * call, such as with Bean Validation.
		 * @param validator the validator
		 * @return this builder
		 */
		public Builder argumentsValidator(ArgumentsValidator validator) {
			this.validator = Arguments.notNull(validator, "validator");
			return this;
		}

		/**
		 * Build the factory.
		 * @return the factory
		 */
		public FunctionsClientFactory build() {
			return new FunctionsClientFactory(this);
		}

	}

}
