package dev.videoapiemulator.request;

import java.util.Optional;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * The multipart body a request filter sees once the server has read it. The only place that reaches
 * into the REST server's own classes, because filters are not handed the form as resources are.
 */
public final class FormBodies {

    private FormBodies() {
    }

    public static Optional<MultipartFormDataInput> of(ResteasyReactiveContainerRequestContext request) {
        return Optional.ofNullable(((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormData())
                .map(form -> form.toMultipartFormDataInput());
    }
}
