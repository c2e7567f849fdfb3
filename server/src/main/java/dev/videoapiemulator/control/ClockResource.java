package dev.videoapiemulator.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.videoapiemulator.engine.EmulatorClock;
import dev.videoapiemulator.api.ApiError;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reads and moves the emulator's clock, so tests see jobs finish and downloads expire without waiting. */
@Path("/__emulator/clock")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Emulator control")
@NonBlocking
public class ClockResource {

    public record ClockView(@JsonProperty("now") long nowMillis, @JsonProperty("now_iso") String nowIso,
            @JsonProperty("offset_ms") long offsetMillis, boolean frozen) {
    }

    private final EmulatorClock clock;
    private final ResetPart reset;

    public ClockResource(EmulatorClock clock, Instance<ResetPart> parts) {
        this.clock = clock;
        this.reset = parts.stream().filter(part -> part.name().equals(ResetParts.CLOCK)).findFirst().orElseThrow();
    }

    @GET
    @Operation(summary = "The emulator's current time")
    public ClockView read() {
        var now = clock.now();
        return new ClockView(now.toEpochMilli(), now.toString(), clock.offset().toMillis(), clock.frozen());
    }

    @POST
    @Path("advance")
    @Operation(summary = "Move time forward; jobs and expiry move as if that time had passed")
    public ClockView advance(
            @Parameter(description = "ISO-8601 duration (PT90S, PT2H) or a number of seconds") @QueryParam("by") String by) {
        clock.advance(parse(by));
        return read();
    }

    @POST
    @Path("freeze")
    @Operation(summary = "Stop the clock until it is advanced or thawed")
    public ClockView freeze() {
        clock.freeze();
        return read();
    }

    @POST
    @Path("thaw")
    @Operation(summary = "Let a frozen clock run again")
    public ClockView thaw() {
        clock.thaw();
        return read();
    }

    @POST
    @Path("reset")
    @Operation(summary = "Back to the wall clock, running; refused (409) while jobs live on a clock ahead of it")
    public ClockView reset() {
        reset.reset().accept(null);
        return read();
    }

    private static Duration parse(String by) {
        if (by == null || by.isBlank()) {
            throw ApiError.badRequest("Missing required parameter: 'by'.", "by", "missing_required_parameter")
                    .exception();
        }
        try {
            Duration duration = by.matches("\\d+(\\.\\d+)?") ? Duration.ofMillis((long) (Double.parseDouble(by) * 1000))
                    : Duration.parse(by);
            if (duration.isNegative()) {
                throw new DateTimeParseException("negative", by, 0);
            }
            return duration;
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("Invalid 'by': expected a positive number of seconds or an ISO-8601 duration"
                    + " such as PT2H, but got '" + by + "' instead.", "by", "invalid_value").exception();
        }
    }
}
