package io.github.lpfunctions.client;

import java.util.List;

/**
 * The ids of the events LivePerson's Conversational Cloud fires, for
 * {@code invokeByEvent} and {@code isImplemented}; both official clients ship the same
 * list. Any other id the account uses (a custom event) is a plain string.
 * <p>
 * LivePerson documents these ids by name only; where it does not say when the event
 * fires, the description follows the name.
 *
 * @author LivePerson Functions for Spring contributors
 */
public final class LivePersonEvents {

	/**
	 * A post-conversation survey's transcript is to be sent by email (Denver post-survey
	 * email). When exactly it fires is not documented.
	 */
	public static final String DENVER_POST_SURVEY_EMAIL_TRANSCRIPT = "denver_post_survey_email_transcript";

	/**
	 * A conversational command; which commands and who sends them is not documented.
	 */
	public static final String CONVERSATIONAL_COMMAND = "conversational_command";

	/** The controller bot saw a new messaging conversation start. */
	public static final String CONTROLLERBOT_MESSAGING_NEW_CONVERSATION = "controllerbot_messaging_new_conversation";

	/** The controller bot saw a messaging conversation end. */
	public static final String CONTROLLERBOT_MESSAGING_CONVERSATION_END = "controllerbot_messaging_conversation_end";

	/** The controller bot saw a messaging conversation go idle. */
	public static final String CONTROLLERBOT_MESSAGING_CONVERSATION_IDLE = "controllerbot_messaging_conversation_idle";

	/** The controller bot saw a messaging conversation be routed (its skill changed). */
	public static final String CONTROLLERBOT_MESSAGING_CONVERSATION_ROUTING = "controllerbot_messaging_conversation_routing";

	/** The controller bot saw a message in the middle of a messaging conversation. */
	public static final String CONTROLLERBOT_MESSAGING_MID_CONVERSATION_MSG = "controllerbot_messaging_mid_conversation_msg";

	/** The controller bot saw the participants of a messaging conversation change. */
	public static final String CONTROLLERBOT_MESSAGING_PARTICIPANTS_CHANGE = "controllerbot_messaging_participants_change";

	/**
	 * The controller bot saw a messaging conversation's time to respond (TTR) change or
	 * pass. Which of the two is not documented.
	 */
	public static final String CONTROLLERBOT_MESSAGING_TTR = "controllerbot_messaging_ttr";

	/** The survey bot started a messaging survey. */
	public static final String SURVEYBOT_MESSAGING_SURVEY_STARTED = "surveybot_messaging_survey_started";

	/** The survey bot ended a messaging survey. */
	public static final String SURVEYBOT_MESSAGING_SURVEY_ENDED = "surveybot_messaging_survey_ended";

	/** A bot connector is about to send the bot's answer to the consumer (post hook). */
	public static final String BOT_CONNECTORS_POST_HOOK = "bot_connectors_post_hook";

	/** A bot connector's bot failed (error hook). */
	public static final String BOT_CONNECTORS_ERROR_HOOK = "bot_connectors_error_hook";

	/** A bot connector calls a custom bot integration implemented as a function. */
	public static final String BOT_CONNECTORS_CUSTOM_INTEGRATION = "bot_connectors_custom_integration";

	/** A bot connector is about to send the consumer's message to the bot (pre hook). */
	public static final String BOT_CONNECTORS_PRE_HOOK = "bot_connectors_pre_hook";

	private static final List<String> ALL = List.of(DENVER_POST_SURVEY_EMAIL_TRANSCRIPT, CONVERSATIONAL_COMMAND,
			CONTROLLERBOT_MESSAGING_NEW_CONVERSATION, CONTROLLERBOT_MESSAGING_CONVERSATION_END,
			CONTROLLERBOT_MESSAGING_CONVERSATION_IDLE, CONTROLLERBOT_MESSAGING_CONVERSATION_ROUTING,
			CONTROLLERBOT_MESSAGING_MID_CONVERSATION_MSG, CONTROLLERBOT_MESSAGING_PARTICIPANTS_CHANGE,
			CONTROLLERBOT_MESSAGING_TTR, SURVEYBOT_MESSAGING_SURVEY_STARTED, SURVEYBOT_MESSAGING_SURVEY_ENDED,
			BOT_CONNECTORS_POST_HOOK, BOT_CONNECTORS_ERROR_HOOK, BOT_CONNECTORS_CUSTOM_INTEGRATION,
			BOT_CONNECTORS_PRE_HOOK);

	private LivePersonEvents() {
	}

	/**
	 * Return every well-known event id.
	 * @return the ids, in the order LivePerson lists them
	 */
	public static List<String> all() {
		return ALL;
	}

}
