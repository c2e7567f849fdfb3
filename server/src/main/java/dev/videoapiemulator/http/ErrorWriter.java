package dev.videoapiemulator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.api.ErrorShape;
import dev.videoapiemulator.api.Profile;
import io.vertx.core.http.HttpServerResponse;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Writes every error a client sees, from the REST layer and from below it alike: the body as the
 * serving profile's shape words it (OpenAI's outside the APIs), the error's status, and its headers,
 * each exactly once.
 */
@Singleton
public class ErrorWriter {

    private final ObjectMapper mapper;

    public ErrorWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Response response(ApiError error, Profile profile) {
        Response.ResponseBuilder builder = Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(shape(profile).body(error));
        error.headers().forEach(builder::header);
        return builder.build();
    }

    /** For answers below the REST layer; a response already under way can only be ended. */
    public void write(HttpServerResponse response, ApiError error, Profile profile) {
        if (response.ended()) {
            return;
        }
        if (response.headWritten()) {
            response.end();
            return;
        }
        response.setStatusCode(error.status()).putHeader("Content-Type", MediaType.APPLICATION_JSON);
        error.headers().forEach(response::putHeader);
        response.end(json(shape(profile).body(error)));
    }

    private static ErrorShape shape(Profile profile) {
        return profile == null ? ErrorShape.OPENAI : profile.errors();
    }

    private String json(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("error bodies are maps and records, which always serialise", e);
        }
    }
}
