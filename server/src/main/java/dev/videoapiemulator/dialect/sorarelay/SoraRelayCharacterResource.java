package dev.videoapiemulator.dialect.sorarelay;

import dev.videoapiemulator.request.RequestFields;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

/**
 * Characters made at once from a span of a video: {@code url} or {@code from_task}, and
 * {@code timestamps}. Served under the relay's prefix and, as relays document it, under the task
 * API's {@code /sora/v1}: there its errors are written in that profile's envelope. The OpenAPI
 * document lists both paths ({@link CharacterPaths}).
 */
@Path("/{root: " + CharacterPaths.ROOTS + "}/v1/characters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sora relay")
@NonBlocking
public class SoraRelayCharacterResource {

    @Inject
    SoraRelayCharacterMaker maker;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCharacter", summary = "Create a character from a span of a video.")
    public RelayCharacterView createJson(RequestFields body) {
        return maker.create(body);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Blocking
    @Operation(operationId = "createCharacterMultipart", summary = "Create a character (multipart body).")
    public RelayCharacterView createMultipart(MultipartFormDataInput form) {
        return maker.create(RequestFields.fromMultipart(form));
    }
}
