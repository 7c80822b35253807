package io.github.lpfunctions.client.proxy;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;

import kotlin.coroutines.Continuation;
import kotlinx.coroutines.reactor.MonoKt;
import reactor.core.publisher.Mono;

import org.springframework.core.KotlinDetector;
import org.springframework.core.ResolvableType;

/**
 * Kotlin {@code suspend} methods of a client interface. The compiler turns
 * {@code suspend fun greet(person: Person): Greeting} into
 * {@code Object greet(Person, Continuation<? super Greeting>)}: the client implements it
 * as the reactive call returning {@code Mono<Greeting>}, awaited on the continuation with
 * kotlinx-coroutines-reactor. Nothing here loads a Kotlin class unless the interface is a
 * Kotlin one.
 *
 * @author LivePerson Functions for Spring contributors
 */
final class SuspendingMethods {

	private SuspendingMethods() {
	}

	static boolean isSuspending(Method method) {
		return KotlinDetector.isSuspendingFunction(method);
	}

	/**
	 * The type a suspending method returns to its caller, as the reactive one it is
	 * implemented by: {@code Mono<T>} for a result {@code T}, {@code Mono<Void>} for
	 * {@code Unit}.
	 */
	static Type reactiveReturnType(Method method) {
		Type[] parameters = method.getGenericParameterTypes();
		Type continuation = parameters[parameters.length - 1];
		Type result = Object.class;
		if (continuation instanceof ParameterizedType parameterized) {
			Type argument = parameterized.getActualTypeArguments()[0];
			result = (argument instanceof WildcardType wildcard && wildcard.getLowerBounds().length == 1)
					? wildcard.getLowerBounds()[0] : argument;
		}
		if (result == kotlin.Unit.class) {
			result = Void.class;
		}
		return ResolvableType.forClassWithGenerics(Mono.class, ResolvableType.forType(result)).getType();
	}

	/**
	 * Await the call's {@code Mono} on the continuation, the method's last argument.
	 * @return the result, or the marker that the coroutine is suspended
	 */
	@SuppressWarnings("unchecked")
	static Object await(Mono<?> result, Object[] arguments, boolean unit) {
		Continuation<Object> continuation = (Continuation<Object>) arguments[arguments.length - 1];
		Mono<?> awaited = unit ? result.then(Mono.just(kotlin.Unit.INSTANCE)) : result;
		return MonoKt.awaitSingleOrNull((Mono<Object>) awaited, continuation);
	}

}
