package dev.videoapiemulator.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.videoapiemulator.api.ApiCaller;
import dev.videoapiemulator.api.FieldErrors;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Puts the emulator, one part of it, or one test's share of it back to where it started. */
@Path("/__emulator/reset")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Emulator control")
@NonBlocking
public class ResetResource {

    public record ResetView(List<String> parts, @JsonProperty("test_id") String testId) {
    }

    /** The clock goes last: it refuses to go back while jobs live on its time, and by then they are gone. */
    private final List<ResetPart> parts;

    public ResetResource(Instance<ResetPart> parts) {
        this.parts = parts.stream().sorted(Comparator.comparing(p -> p.name().equals(ResetParts.CLOCK))).toList();
    }

    @POST
    @Operation(summary = "Reset jobs, characters, journal, scenarios and clock, or one part, or one test's share")
    public ResetView reset(
            @Parameter(description = "Only this part: jobs, journal, scenarios, rate_limits, clock") @QueryParam("part") String part,
            @Parameter(description = "Only this test's jobs, journal entries and scenarios; the shared clock stays")
            @QueryParam("test_id") String testId) {
        List<ResetPart> chosen = part == null ? parts : parts.stream().filter(p -> p.name().equals(part)).toList();
        if (chosen.isEmpty()) {
            throw FieldErrors.notOneOf("part", part, parts.stream().map(ResetPart::name).toList()).exception();
        }
        String test = ApiCaller.testIdFrom(testId);
        chosen.forEach(p -> p.reset().accept(test));
        return new ResetView(chosen.stream().map(ResetPart::name).toList(), test);
    }
}
