package io.github.lpfunctions.client.aot;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.util.ClassUtils;

import io.github.lpfunctions.client.EventInvocationResult;
import io.github.lpfunctions.client.FaaSError;
import io.github.lpfunctions.client.FunctionSummary;
import io.github.lpfunctions.client.InvocationHeader;
import io.github.lpfunctions.client.LambdaSummary;

/**
 * Hints for a native image or an AOT-processed application: reflection on the records the
 * client reads and writes with Jackson, the public ones and the answers of the platform
 * it reads privately (isImplemented, Login API, discovery). Registered in
 * {@code META-INF/spring/aot.factories}.
 *
 * @author LivePerson Functions for Spring contributors
 */
public class FunctionsRuntimeHints implements RuntimeHintsRegistrar {

	/**
	 * The private records of the platform's answers, by name: their classes are not
	 * visible here.
	 */
	static final List<String> PRIVATE_ANSWERS = List.of("io.github.lpfunctions.client.PayloadJson$IsImplementedAnswer",
			"io.github.lpfunctions.client.auth.LoginApiAuthentication$LoginAnswer",
			"io.github.lpfunctions.client.discovery.CsdsEndpointResolver$CsdsResponse",
			"io.github.lpfunctions.client.discovery.CsdsEndpointResolver$BaseUri");

	private final BindingReflectionHintsRegistrar bindings = new BindingReflectionHintsRegistrar();

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		this.bindings.registerReflectionHints(hints.reflection(), EventInvocationResult.class, LambdaSummary.class,
				FunctionSummary.class, FaaSError.class, FaaSError.LogEntry.class, InvocationHeader.class);
		for (String name : PRIVATE_ANSWERS) {
			this.bindings.registerReflectionHints(hints.reflection(), ClassUtils.resolveClassName(name, classLoader));
		}
	}

}
