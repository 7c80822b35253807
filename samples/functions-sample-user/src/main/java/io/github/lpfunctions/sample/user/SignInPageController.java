package io.github.lpfunctions.sample.user;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import io.github.lpfunctions.client.FaaSException;

/**
 * The one page of the sample ({@code templates/index.html}): "Sign in with LivePerson"
 * for a visitor; for a signed-in user a form that invokes the demo function as that user,
 * with the function's result, or LivePerson's refusal, below it.
 *
 * @author LivePerson Functions for Spring contributors
 */
@Controller
public class SignInPageController {

	private static final Logger log = LoggerFactory.getLogger(SignInPageController.class);

	private final UserFunctionsService functions;

	/**
	 * Create the controller.
	 * @param functions the service that invokes the function as the user
	 */
	public SignInPageController(UserFunctionsService functions) {
		this.functions = functions;
	}

	/**
	 * The page.
	 * @param user the signed-in user, {@code null} for a visitor
	 * @param model the page's model
	 * @return the view
	 */
	@GetMapping("/")
	public String page(@AuthenticationPrincipal @Nullable OAuth2User user, Model model) {
		model.addAttribute("user", (user != null) ? user.getName() : null);
		model.addAttribute("signInPath", SecurityConfiguration.SIGN_IN_PATH);
		model.addAttribute("functionUuid", this.functions.functionUuid());
		return "index";
	}

	/**
	 * Invoke the function as the signed-in user and show the page with the outcome.
	 * @param user the signed-in user
	 * @param text the text to send
	 * @param model the page's model
	 * @return the view
	 */
	@PostMapping("/invoke")
	public String invoke(@AuthenticationPrincipal OAuth2User user, @RequestParam(defaultValue = "hello") String text,
			Model model) {
		model.addAttribute("text", text);
		try {
			JsonNode result = this.functions.invokeAsCurrentUser(text);
			model.addAttribute("result", (result != null) ? result.toPrettyString() : "(no result)");
			model.addAttribute("ranAs", ranAs(result, user));
		}
		catch (FaaSException | IllegalArgumentException ex) {
			// no payload and no token in the message: the client's exceptions carry
			// neither
			log.info("Invocation as {} failed: {}", user.getName(), ex.getMessage());
			model.addAttribute("error", ex.getMessage());
		}
		return page(user, model);
	}

	/**
	 * The user the function ran as: the caller it reports, else the signed-in user whose
	 * token the call carried.
	 */
	private static String ranAs(@Nullable JsonNode result, OAuth2User user) {
		JsonNode caller = (result != null) ? result.get("user") : null;
		return (caller != null && caller.isString()) ? caller.asString() : user.getName();
	}

}
