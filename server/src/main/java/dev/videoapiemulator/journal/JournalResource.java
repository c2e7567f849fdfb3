package dev.videoapiemulator.journal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.videoapiemulator.api.ApiCaller;
import dev.videoapiemulator.control.ControlParams;
import dev.videoapiemulator.api.ApiError;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The request journal: what clients asked and got, for tests that check how they called the API. */
@Path("/__emulator/journal")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Emulator control")
@NonBlocking
public class JournalResource {

    static final int LIMIT_DEFAULT = 100;
    static final int LIMIT_MAX = 100_000;

    public record JournalView(String object, List<JournalEntry> data, @JsonProperty("has_more") boolean hasMore) {
    }

    public record CountView(long count) {
    }

    public record ClearedView(boolean cleared, @JsonProperty("test_id") String testId) {
    }

    @Inject
    RequestJournal journal;

    @GET
    @Operation(summary = "Recorded API requests, newest first; query parameters filter them (see docs/control-api.md)")
    public JournalView list(@Context UriInfo uri) {
        Map<String, String> criteria = new HashMap<>();
        uri.getQueryParameters().forEach((name, values) -> criteria.put(name, values.get(0)));
        int limit = ControlParams.limit(criteria.remove("limit"), LIMIT_DEFAULT, LIMIT_MAX);
        List<JournalEntry> found = journal.newestFirst(JournalFilter.parse(criteria), limit + 1);
        boolean more = found.size() > limit;
        return new JournalView("list", more ? found.subList(0, limit) : found, more);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One recorded request with its headers (credentials masked) and the start of its body")
    public JournalEntry entry(@PathParam("id") String id) {
        Long wanted = ControlParams.integer("id", id, 0, Long.MAX_VALUE);
        return journal.find(wanted).orElseThrow(() -> ApiError.notFound("No journal entry with id '" + id
                + "'; the journal keeps the last " + journal.capacity() + " requests.").exception());
    }

    @POST
    @Path("count")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "How many recorded requests match the criteria of the JSON body")
    public CountView count(Map<String, Object> body) {
        Map<String, String> criteria = new HashMap<>();
        if (body != null) {
            body.forEach((name, value) -> criteria.put(name, criterion(name, value)));
        }
        return new CountView(journal.count(JournalFilter.parse(criteria)));
    }

    @DELETE
    @Operation(summary = "Forget every recorded request, or one test's")
    public ClearedView clear(@QueryParam("test_id") String testId) {
        String test = ApiCaller.testIdFrom(testId);
        journal.reset(test);
        return new ClearedView(true, test);
    }

    private static String criterion(String name, Object value) {
        if (value == null || value instanceof String || value instanceof Number) {
            return value == null ? null : value.toString();
        }
        throw ApiError.badRequest("Invalid type for '" + name + "': expected a string or a number.", name,
                "invalid_type").exception();
    }
}
