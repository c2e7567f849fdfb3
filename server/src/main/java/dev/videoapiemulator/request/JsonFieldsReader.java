package dev.videoapiemulator.request;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Hands a JSON body to a resource as {@link RequestFields}, so that every create reads its fields
 * the same way whatever the content type, and a body that is not a JSON object is refused once.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class JsonFieldsReader implements MessageBodyReader<RequestFields> {

    @Inject
    ObjectMapper mapper;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == RequestFields.class;
    }

    @Override
    public RequestFields readFrom(Class<RequestFields> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        return RequestFields.fromJson(mapper, body.readAllBytes());
    }
}
