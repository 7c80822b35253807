package io.github.lpfunctions.client.autoconfigure.clients;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.ResourceLoaderAware;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import io.github.lpfunctions.client.annotation.FunctionsClient;

/**
 * Registers one {@link FunctionsClientFactoryBean} per client interface of the
 * {@code @EnableFunctionsClients} that imports it, with the interface as a constructor
 * argument so that Spring AOT can write the registration as code. It reads the annotation
 * by name, so that the annotation and its registrar do not refer to each other.
 *
 * @author LivePerson Functions for Spring contributors
 */
class FunctionsClientsRegistrar implements ImportBeanDefinitionRegistrar, EnvironmentAware, ResourceLoaderAware {

	private static final String ANNOTATION = "io.github.lpfunctions.client.autoconfigure.clients.EnableFunctionsClients";

	private @Nullable Environment environment;

	private @Nullable ResourceLoader resourceLoader;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void setResourceLoader(ResourceLoader resourceLoader) {
		this.resourceLoader = resourceLoader;
	}

	@Override
	public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		Map<String, @Nullable Object> attributes = metadata.getAnnotationAttributes(ANNOTATION, true);
		if (attributes == null) {
			return;
		}
		Set<String> interfaces = new LinkedHashSet<>();
		for (String client : (String[]) attributes.get("clients")) {
			interfaces.add(client);
		}
		List<String> packages = new ArrayList<>(List.of((String[]) attributes.get("basePackages")));
		for (String type : (String[]) attributes.get("basePackageClasses")) {
			packages.add(ClassUtils.getPackageName(type));
		}
		if (packages.isEmpty() && interfaces.isEmpty()) {
			packages.add(ClassUtils.getPackageName(metadata.getClassName()));
		}
		ClassPathScanningCandidateComponentProvider scanner = scanner();
		for (String basePackage : packages) {
			for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
				interfaces.add(candidate.getBeanClassName());
			}
		}
		ClassLoader classLoader = (this.resourceLoader != null) ? this.resourceLoader.getClassLoader() : null;
		for (String name : interfaces) {
			if (!registry.containsBeanDefinition(name)) {
				registry.registerBeanDefinition(name, definition(ClassUtils.resolveClassName(name, classLoader)));
			}
		}
	}

	static RootBeanDefinition definition(Class<?> clientInterface) {
		RootBeanDefinition definition = new RootBeanDefinition(FunctionsClientFactoryBean.class);
		definition
			.setTargetType(ResolvableType.forClassWithGenerics(FunctionsClientFactoryBean.class, clientInterface));
		definition.getConstructorArgumentValues().addIndexedArgumentValue(0, clientInterface);
		return definition;
	}

	private ClassPathScanningCandidateComponentProvider scanner() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false,
				(this.environment != null) ? this.environment : new StandardEnvironment()) {

			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return definition.getMetadata().isInterface() && definition.getMetadata().isIndependent();
			}

		};
		if (this.resourceLoader != null) {
			scanner.setResourceLoader(this.resourceLoader);
		}
		scanner.addIncludeFilter(new AnnotationTypeFilter(FunctionsClient.class));
		return scanner;
	}

}
