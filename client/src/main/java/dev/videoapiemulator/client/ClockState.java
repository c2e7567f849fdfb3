package dev.videoapiemulator.client;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;

/** The emulator's clock: what time it is there, how far ahead of the wall clock, and whether it stands still. */
public record ClockState(Instant now, @JsonProperty("offset_ms") Duration offset, boolean frozen) {
}
