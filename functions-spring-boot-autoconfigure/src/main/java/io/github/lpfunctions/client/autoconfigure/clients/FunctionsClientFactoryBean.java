package io.github.lpfunctions.client.autoconfigure.clients;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.SmartFactoryBean;

import io.github.lpfunctions.client.proxy.FunctionsClientFactory;

/**
 * The bean of one client interface, created by the application's
 * {@link FunctionsClientFactory} when the application starts, so that a method that
 * cannot be implemented stops it then rather than at the first call.
 *
 * @param <T> the client interface
 * @author LivePerson Functions for Spring contributors
 */
public class FunctionsClientFactoryBean<T> implements SmartFactoryBean<T>, BeanFactoryAware {

	private final Class<T> clientInterface;

	private @Nullable BeanFactory beanFactory;

	/**
	 * Create the factory bean of an interface.
	 * @param clientInterface the client interface
	 */
	public FunctionsClientFactoryBean(Class<T> clientInterface) {
		this.clientInterface = clientInterface;
	}

	@Override
	public void setBeanFactory(BeanFactory beanFactory) throws BeansException {
		this.beanFactory = beanFactory;
	}

	/**
	 * Return the client interface.
	 * @return the interface
	 */
	public Class<T> getClientInterface() {
		return this.clientInterface;
	}

	@Override
	public T getObject() {
		if (this.beanFactory == null) {
			throw new IllegalStateException("No bean factory to take the FunctionsClientFactory from");
		}
		return this.beanFactory.getBean(FunctionsClientFactory.class).createClient(this.clientInterface);
	}

	@Override
	public Class<T> getObjectType() {
		return this.clientInterface;
	}

	@Override
	public boolean isEagerInit() {
		return true;
	}

}
