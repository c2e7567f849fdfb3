package dev.videoapiemulator.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Lists the profiles with the base URL a client should use for each. */
@Path("/profiles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Emulator control")
@NonBlocking
public class ProfileResource {

    public record ProfileView(String name, @JsonProperty("base_url") String baseUrl, String description,
            @JsonProperty("default") boolean isDefault) {
    }

    public record ProfileList(String object, List<ProfileView> data) {
    }

    @Inject
    Profiles profiles;

    @GET
    @Operation(summary = "The dialects served, each with its base URL")
    public ProfileList list(@Context UriInfo uri) {
        String base = uri.getBaseUri().toString().replaceAll("/$", "");
        return new ProfileList("list", profiles.all().stream()
                .map(p -> new ProfileView(p.name(), base + "/" + p.name() + "/v1", p.description(),
                        p == profiles.defaultProfile()))
                .toList());
    }
}
