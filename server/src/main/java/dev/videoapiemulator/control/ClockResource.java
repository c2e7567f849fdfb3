package dev.videoapiemulator.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.api.TestIdParam;
import dev.videoapiemulator.engine.Clocks;
import dev.videoapiemulator.engine.EmulatorClock;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Reads and moves the emulator's clocks, so tests see jobs finish and downloads expire without
 * waiting: the global one, or a test's own when a test id is given ({@code test_id}, else the
 * {@code X-Emulator-Test-Id} header), which moves only that test's jobs.
 */
@Path("/__emulator/clock")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Emulator control")
@NonBlocking
public class ClockResource {

    public record ClockView(@JsonProperty("now") long nowMillis, @JsonProperty("now_iso") String nowIso,
            @JsonProperty("offset_ms") long offsetMillis, boolean frozen, @JsonProperty("test_id") String testId) {
    }

    @Inject
    Clocks clocks;
    @Inject
    ClockResets resets;

    @GET
    @Operation(summary = "The emulator's current time, or a test's")
    public ClockView read(@BeanParam TestIdParam test) {
        return view(test.testId());
    }

    @POST
    @Path("advance")
    @Operation(summary = "Move time forward; jobs and expiry move as if that time had passed")
    public ClockView advance(
            @Parameter(description = "ISO-8601 duration (PT90S, PT2H) or a number of seconds") @QueryParam("by") String by,
            @BeanParam TestIdParam test) {
        Duration duration = parse(by);
        String testId = test.testId();
        clocks.of(testId).advance(duration);
        return view(testId);
    }

    @POST
    @Path("freeze")
    @Operation(summary = "Stop the clock until it is advanced or thawed")
    public ClockView freeze(@BeanParam TestIdParam test) {
        String testId = test.testId();
        clocks.of(testId).freeze();
        return view(testId);
    }

    @POST
    @Path("thaw")
    @Operation(summary = "Let a frozen clock run again")
    public ClockView thaw(@BeanParam TestIdParam test) {
        String testId = test.testId();
        clocks.of(testId).thaw();
        return view(testId);
    }

    @POST
    @Path("reset")
    @Operation(summary = "Back to the wall clock, running; refused (409) while jobs live on a clock ahead of it")
    public ClockView reset(@BeanParam TestIdParam test) {
        String testId = test.testId();
        resets.reset(testId);
        return view(testId);
    }

    /** A test without a clock of its own reads the wall clock, as a fresh one would: nothing is made by looking. */
    private ClockView view(String testId) {
        Instant now;
        long offset;
        boolean frozen;
        if (testId == null || clocks.hasOwn(testId)) {
            EmulatorClock clock = clocks.of(testId);
            now = clock.now();
            offset = clock.offset().toMillis();
            frozen = clock.frozen();
        } else {
            now = Instant.now();
            offset = 0;
            frozen = false;
        }
        return new ClockView(now.toEpochMilli(), now.toString(), offset, frozen, testId);
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
