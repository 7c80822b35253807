package io.github.lpfunctions.client;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.lpfunctions.client.support.Arguments;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The well-known event ids are the fifteen of {@code wire-protocol.md} and each one is an
 * event id the client accepts.
 */
class LivePersonEventsTests {

	@Test
	void holdsTheFifteenWellKnownEventIds() {
		assertThat(LivePersonEvents.all()).containsExactlyInAnyOrder("denver_post_survey_email_transcript",
				"conversational_command", "controllerbot_messaging_new_conversation",
				"controllerbot_messaging_conversation_end", "controllerbot_messaging_conversation_idle",
				"controllerbot_messaging_conversation_routing", "controllerbot_messaging_mid_conversation_msg",
				"controllerbot_messaging_participants_change", "controllerbot_messaging_ttr",
				"surveybot_messaging_survey_started", "surveybot_messaging_survey_ended", "bot_connectors_post_hook",
				"bot_connectors_error_hook", "bot_connectors_custom_integration", "bot_connectors_pre_hook");
	}

	@Test
	void everyConstantIsListed() {
		List<Object> constants = Arrays.stream(LivePersonEvents.class.getDeclaredFields())
			.filter((field) -> Modifier.isPublic(field.getModifiers()) && Modifier.isStatic(field.getModifiers()))
			.map(LivePersonEventsTests::value)
			.toList();
		assertThat(constants).hasSize(15).containsExactlyInAnyOrderElementsOf(LivePersonEvents.all());
	}

	@Test
	void everyEventIdPassesTheClientsValidation() {
		assertThat(LivePersonEvents.all())
			.allSatisfy((eventId) -> assertThat(Arguments.eventId(eventId)).isEqualTo(eventId));
	}

	private static Object value(Field field) {
		try {
			return field.get(null);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
