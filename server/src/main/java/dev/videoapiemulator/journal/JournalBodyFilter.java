package dev.videoapiemulator.journal;

import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Gives the journal the start of each API request's body, once the REST layer has read it whole.
 * Multipart bodies are left out (the form parser owns them; the entry keeps their size), so only
 * JSON and text bodies are copied, and only up to the journal's bound.
 */
public class JournalBodyFilter {

    private final JournalEntryContext entry;

    public JournalBodyFilter(JournalEntryContext entry) {
        this.entry = entry;
    }

    @ServerRequestFilter(readBody = true)
    public void keepBody(ResteasyReactiveContainerRequestContext request) throws IOException {
        MediaType type = request.getMediaType();
        if (type == null || "multipart".equalsIgnoreCase(type.getType()) || !request.hasEntity() || !read(request)) {
            return;
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        entry.body(body);
    }

    /**
     * Whether the REST layer read the body: only for methods that take one. Another (a GET sent with
     * a Content-Type, say) still has its body on the connection, which cannot be read on the event loop.
     */
    private static boolean read(ResteasyReactiveContainerRequestContext request) {
        return ((ResteasyReactiveRequestContext) request.getServerRequestContext()).hasInputStream();
    }
}
