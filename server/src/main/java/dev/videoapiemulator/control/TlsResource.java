package dev.videoapiemulator.control;

import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.tls.EmulatorTls;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The emulator's CA certificate, for clients to trust its HTTPS listener. */
@Path("/__emulator/tls")
@Tag(name = "Emulator control")
@NonBlocking
public class TlsResource {

    static final String PEM = "application/x-pem-file";

    @Inject
    EmulatorTls tls;

    @GET
    @Path("/ca.pem")
    @Produces(PEM)
    @Operation(summary = "The CA that signed the HTTPS listener's certificate, as PEM")
    public String authority() {
        return tls.authorityPem().orElseThrow(() -> ApiError.notFound("This emulator has no CA of its own: HTTPS is"
                + " off (set EMULATOR_HTTPS_PORT) or serves a certificate you supplied.").exception());
    }
}
