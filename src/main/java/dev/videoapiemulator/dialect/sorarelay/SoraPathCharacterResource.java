package dev.videoapiemulator.dialect.sorarelay;

import dev.videoapiemulator.dialect.Requests;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

/**
 * The character endpoint at the path relays document, {@code /sora/v1/characters}. That path lies
 * under the {@code sora} profile's prefix, so its errors are written in that profile's envelope.
 */
@Path("/sora/v1/characters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sora task API")
@NonBlocking
public class SoraPathCharacterResource {

    private final SoraRelayCharacterMaker maker;
    private final Requests requests;

    public SoraPathCharacterResource(SoraRelayCharacterMaker maker, Requests requests) {
        this.maker = maker;
        this.requests = requests;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "soraCreateCharacter", summary = "Create a character from a span of a Sora relay task or a video URL.")
    public RelayCharacterView createJson(byte[] body) {
        return maker.create(requests.owner(), requests.json(body));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Blocking
    @Operation(operationId = "soraCreateCharacterMultipart", summary = "Create a character from a span of a video (multipart body).")
    public RelayCharacterView createMultipart(MultipartFormDataInput form) {
        return maker.create(requests.owner(), requests.multipart(form));
    }
}
