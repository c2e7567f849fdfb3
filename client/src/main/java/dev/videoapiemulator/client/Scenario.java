package dev.videoapiemulator.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A scenario as the emulator shows it, in the fixture format ({@code fixtures/schema.json}): its
 * name and its sections as JSON, each null when the scenario has none. The sections stay JSON
 * because the format grows with the emulator, and what is shown can be sent back as it is.
 */
public record Scenario(String name, JsonNode match, JsonNode respond, JsonNode job, JsonNode download,
        JsonNode webhook) {
}
