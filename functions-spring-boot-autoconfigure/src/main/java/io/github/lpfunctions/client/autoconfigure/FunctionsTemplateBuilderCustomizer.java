package io.github.lpfunctions.client.autoconfigure;

import io.github.lpfunctions.client.ReactiveFunctionsTemplate;

/**
 * Callback that customizes the {@link ReactiveFunctionsTemplate.Builder} of the
 * auto-configured templates, after the {@code liveperson.functions.*} properties are
 * applied and before the template is built. Beans of this type are applied in their
 * {@link org.springframework.core.Ordered order}.
 *
 * @author LivePerson Functions for Spring contributors
 */
@FunctionalInterface
public interface FunctionsTemplateBuilderCustomizer {

	/**
	 * Customize the builder.
	 * @param builder the builder to customize
	 */
	void customize(ReactiveFunctionsTemplate.Builder builder);

}
