package dev.videoapiemulator.dialect.sorarelay;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoapiemulator.api.CurrentCaller;
import jakarta.ws.rs.Path;

/**
 * The same character endpoint at the path relays document, {@code /sora/v1/characters}. That path
 * lies under the {@code sora} profile's prefix, so its errors are written in that profile's envelope.
 */
@Path("/sora/v1/characters")
public class SoraPathCharacterResource extends SoraRelayCharacterResource {

    public SoraPathCharacterResource(SoraRelayCharacterMaker maker, CurrentCaller caller, ObjectMapper mapper) {
        super(maker, caller, mapper);
    }
}
