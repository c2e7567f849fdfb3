package dev.videoapiemulator.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoapiemulator.api.TestIdParam;
import dev.videoapiemulator.scenario.FixtureException;
import dev.videoapiemulator.scenario.FixtureLoader;
import dev.videoapiemulator.scenario.FixtureMapper;
import dev.videoapiemulator.scenario.Fixtures;
import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.scenario.Scenario;
import dev.videoapiemulator.scenario.ScenarioBook;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Scenarios at run time, in the same format as the fixture files (JSON or YAML), for everyone or
 * for one test id; and the fixture files' state.
 */
@Path("/__emulator")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Emulator control")
@NonBlocking
public class ScenarioResource {

    public record ScenarioList(List<Scenario> runtime, List<Scenario> files) {
    }

    public record FixtureState(String dir, List<String> files, int keys, int scenarios, int jobs, boolean loaded,
            @JsonProperty("error") String error) {
    }

    private static final ObjectMapper FORMAT = FixtureMapper.json();

    @Inject
    ScenarioBook book;
    @Inject
    Fixtures fixtures;
    private final FixtureLoader loader = new FixtureLoader();

    @GET
    @Path("scenarios")
    @Operation(summary = "The scenarios in force: runtime ones (for the test id, if given) and the files' ones")
    public Response list(@BeanParam TestIdParam test) {
        return inFixtureFormat(200, new ScenarioList(book.runtimeScenarios(test.testId()),
                book.fileScenarios()));
    }

    @POST
    @Path("scenarios")
    @Consumes({MediaType.APPLICATION_JSON, "application/yaml", "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN})
    @Operation(summary = "Add a scenario (or replace the one of the same name); same format as in fixture files")
    public Response add(String body, @HeaderParam("Content-Type") String type,
            @BeanParam TestIdParam test) {
        Scenario scenario = parse(body, type);
        boolean replaced = book.put(scenario, test.testId());
        return inFixtureFormat(replaced ? 200 : 201, scenario);
    }

    @PUT
    @Path("scenarios/{name}")
    @Consumes({MediaType.APPLICATION_JSON, "application/yaml", "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN})
    @Operation(summary = "Replace a runtime scenario by name")
    public Response replace(@PathParam("name") String name, String body, @HeaderParam("Content-Type") String type,
            @BeanParam TestIdParam test) {
        Scenario scenario = parse(body, type);
        if (!scenario.name().equals(name)) {
            throw ApiError.badRequest("The scenario's name '" + scenario.name() + "' differs from '" + name
                    + "' in the path.", "name", "invalid_value").exception();
        }
        book.put(scenario, test.testId());
        return inFixtureFormat(200, scenario);
    }

    @DELETE
    @Path("scenarios/{name}")
    @Operation(summary = "Delete a runtime scenario by name")
    public Response delete(@PathParam("name") String name, @BeanParam TestIdParam test) {
        if (!book.remove(name, test.testId())) {
            throw ApiError.notFound("No runtime scenario named '" + name + "'.").exception();
        }
        return Response.noContent().build();
    }

    @DELETE
    @Path("scenarios")
    @Operation(summary = "Delete the runtime scenarios (of the test id, if given) and restart the files' counts")
    public Response clear(@BeanParam TestIdParam test) {
        book.reset(test.testId());
        return Response.noContent().build();
    }

    @GET
    @Path("fixtures")
    @Operation(summary = "The fixture files in force and the last load error, if any")
    public FixtureState fixtures() {
        var set = fixtures.current();
        return new FixtureState(fixtures.dir().toString(), set.files(), set.keys().size(), set.scenarios().size(),
                set.jobs().size(), fixtures.loaded(), fixtures.error());
    }

    @POST
    @Path("fixtures/reload")
    @Operation(summary = "Reload the fixture files now")
    public FixtureState reload() {
        fixtures.reload();
        return fixtures();
    }

    private Scenario parse(String body, String type) {
        if (body == null || body.isBlank()) {
            throw ApiError.badRequest("The request body must be a scenario.", null, "missing_required_parameter")
                    .exception();
        }
        boolean json = type == null || type.startsWith(MediaType.APPLICATION_JSON);
        try {
            return loader.read(json ? "scenario.json" : "scenario.yaml", body, Scenario.class);
        } catch (FixtureException e) {
            throw ApiError.badRequest(e.getMessage(), null, "invalid_scenario").exception();
        }
    }

    /** Scenarios are shown exactly as a fixture file would hold them. */
    private static Response inFixtureFormat(int status, Object entity) {
        try {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(FORMAT.writeValueAsString(entity)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("scenarios always serialise", e);
        }
    }
}
