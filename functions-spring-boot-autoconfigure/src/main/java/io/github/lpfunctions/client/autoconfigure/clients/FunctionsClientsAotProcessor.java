package io.github.lpfunctions.client.autoconfigure.clients;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.beans.factory.aot.BeanRegistrationAotContribution;
import org.springframework.beans.factory.aot.BeanRegistrationAotProcessor;
import org.springframework.beans.factory.support.RegisteredBean;
import org.springframework.core.ResolvableType;

import io.github.lpfunctions.client.InvocationOptions;

/**
 * Gives Spring AOT what the client beans need at run time in a native image: the JDK
 * proxy of each interface, reflection on its methods (the factory reads their
 * annotations) and binding hints for the payload and result types Jackson reads and
 * writes. The bean registrations themselves are written as code by Spring, from the
 * constructor argument {@link FunctionsClientsRegistrar} gives them.
 *
 * @author LivePerson Functions for Spring contributors
 */
class FunctionsClientsAotProcessor implements BeanRegistrationAotProcessor {

	@Override
	public @Nullable BeanRegistrationAotContribution processAheadOfTime(RegisteredBean registeredBean) {
		if (!FunctionsClientFactoryBean.class.isAssignableFrom(registeredBean.getBeanClass())) {
			return null;
		}
		Class<?> clientInterface = registeredBean.getBeanType().as(FunctionsClientFactoryBean.class).resolveGeneric(0);
		if (clientInterface == null) {
			return null;
		}
		return (generationContext, code) -> registerHints(generationContext.getRuntimeHints(), clientInterface);
	}

	static void registerHints(RuntimeHints hints, Class<?> clientInterface) {
		hints.proxies().registerJdkProxy(clientInterface);
		hints.reflection().registerType(clientInterface, MemberCategory.INVOKE_PUBLIC_METHODS);
		BindingReflectionHintsRegistrar bindings = new BindingReflectionHintsRegistrar();
		for (Method method : clientInterface.getMethods()) {
			if (Modifier.isStatic(method.getModifiers())) {
				continue;
			}
			bindings.registerReflectionHints(hints.reflection(),
					ResolvableType.forMethodReturnType(method, clientInterface).getType());
			for (Parameter parameter : method.getParameters()) {
				if (parameter.getType() != InvocationOptions.class && parameter.getType() != String.class) {
					bindings.registerReflectionHints(hints.reflection(), parameter.getParameterizedType());
				}
			}
		}
	}

}
