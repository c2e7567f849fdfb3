package dev.videoapiemulator.ui;

import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.control.ControlToken;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The dashboard: one HTML page and one plain script, all from the class path, that
 * render what the control API answers and act through it (docs/ui.md). No template engine, no
 * front-end build, no request leaves the emulator.
 */
@Path(UiResource.ROOT)
@Tag(name = "Emulator control")
@NonBlocking
public class UiResource {

    static final String ROOT = "/__emulator/ui";
    /** The assets by name, with their types: nothing else on the class path is served. */
    private static final Map<String, String> ASSETS = Map.of("app.js", "text/javascript", "app.css", "text/css");

    @Inject
    ControlToken token;
    @Inject
    UiEvents events;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The dashboard; with ?token=<admin token> it sets the dashboard's cookie and reloads")
    public Response home(@QueryParam("token") String offered) {
        if (offered != null && token.required()) {
            // The filter has checked it; the cookie carries it from now on, and the address drops it.
            NewCookie cookie = new NewCookie.Builder(ControlToken.COOKIE).value(offered).path("/__emulator")
                    .httpOnly(true).sameSite(NewCookie.SameSite.STRICT).build();
            return Response.seeOther(URI.create(ROOT)).cookie(cookie).build();
        }
        return page();
    }

    @GET
    @Path("{view:jobs|journal}/{id}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The dashboard's page of one job or one journal entry (the script reads which from the path)")
    public Response item() {
        return page();
    }

    @GET
    @Path("assets/{name}")
    @Operation(summary = "The dashboard's script and style sheet")
    public Response asset(@PathParam("name") String name) {
        String type = ASSETS.get(name);
        if (type == null) {
            throw ApiError.notFound("No dashboard asset named '" + name + "'.").exception();
        }
        return Response.ok(read(name), type + "; charset=utf-8").build();
    }

    @GET
    @Path("stats")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The event stream's open connections and those closed for falling behind")
    public UiEvents.Stats stats() {
        return events.stats();
    }

    /** The one HTML page: the home views, a job and a journal entry, of which the script shows one. */
    private static Response page() {
        return Response.ok(read("index.html"), MediaType.TEXT_HTML + "; charset=utf-8")
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; media-src 'self'")
                .build();
    }

    private static byte[] read(String name) {
        try (InputStream in = UiResource.class.getResourceAsStream("/ui/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the dashboard's " + name + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
