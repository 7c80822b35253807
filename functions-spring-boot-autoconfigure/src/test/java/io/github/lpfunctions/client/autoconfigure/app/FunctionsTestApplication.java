package io.github.lpfunctions.client.autoconfigure.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * An application like a user's: no Java configuration at all, only
 * {@code functions-app/application.yml}.
 */
@SpringBootApplication
public class FunctionsTestApplication {

}
