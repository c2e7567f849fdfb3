package dev.videoapiemulator.client;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The HTTP side of every call: where the emulator is, the admin token, and the turn of error
 * answers and unreachable emulators into {@link EmulatorException}s.
 */
record ControlHttp(HttpClient client, URI base, String adminToken) {

    private static final String CONTROL_ROOT = "/__emulator";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    static ControlHttp to(URI base) {
        // HTTP/1.1: the emulator speaks it, and the JDK's default HTTP/2 would try an upgrade on every call.
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT).build();
        return new ControlHttp(client, withoutTrailingSlash(base), null);
    }

    ControlHttp withAdminToken(String token) {
        return new ControlHttp(client, base, token);
    }

    <T> T get(String path, Params query, Class<T> answer) {
        return answer.cast(call("GET", path, query, RequestBody.NONE, answer));
    }

    /** For generic answers, such as a {@link Page} of jobs. */
    <T> T get(String path, Params query, TypeReference<T> answer) {
        @SuppressWarnings("unchecked") // Jackson read it as the reference's type
        T read = (T) call("GET", path, query, RequestBody.NONE, answer.getType());
        return read;
    }

    <T> T post(String path, Params query, RequestBody body, Class<T> answer) {
        return answer.cast(call("POST", path, query, body, answer));
    }

    void delete(String path, Params query) {
        call("DELETE", path, query, RequestBody.NONE, Void.class);
    }

    /** True when {@code path} (outside the control API) answers 2xx; false when it answers otherwise or not at all. */
    boolean answersOk(String path, Duration timeout) {
        HttpRequest request = request("GET", URI.create(base + path), RequestBody.NONE, timeout);
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() / 100 == 2;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            throw interrupted(request.uri(), e);
        }
    }

    private Object call(String method, String path, Params query, RequestBody body, Type answer) {
        URI uri = uri(CONTROL_ROOT + path, query);
        HttpRequest request = request(method, uri, body, CALL_TIMEOUT);
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new EmulatorException("Could not reach the emulator at " + uri + ": " + e, e);
        } catch (InterruptedException e) {
            throw interrupted(uri, e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new EmulatorException(method, uri, response.statusCode(), errorOf(response.body()));
        }
        return answer == Void.class || response.body().isEmpty() ? null : EmulatorJson.read(response.body(), answer);
    }

    private HttpRequest request(String method, URI uri, RequestBody body, Duration timeout) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json")
                .method(method, body.publisher());
        if (body.contentType() != null) {
            builder.header("Content-Type", body.contentType());
        }
        if (adminToken != null) {
            builder.header("Authorization", "Bearer " + adminToken);
        }
        return builder.build();
    }

    private URI uri(String path, Params query) {
        String text = base + path;
        return URI.create(query.isEmpty() ? text : text + "?" + query.toQuery());
    }

    /** The envelope's fields, or the raw body as the message when it is no envelope (a proxy's error page). */
    private static ErrorEnvelope.Error errorOf(String body) {
        try {
            ErrorEnvelope envelope = (ErrorEnvelope) EmulatorJson.read(body, ErrorEnvelope.class);
            if (envelope != null && envelope.error() != null) {
                return envelope.error();
            }
        } catch (IllegalStateException notJson) {
            // Falls through to the raw body.
        }
        return new ErrorEnvelope.Error(body.isBlank() ? null : body.strip(), null, null, null);
    }

    private static EmulatorException interrupted(URI uri, InterruptedException e) {
        Thread.currentThread().interrupt();
        return new EmulatorException("Interrupted while calling " + uri, e);
    }

    /** Paths are appended to the base, so {@code http://host:8080/} must not give {@code //__emulator}. */
    private static URI withoutTrailingSlash(URI uri) {
        return URI.create(uri.toString().replaceAll("/+$", ""));
    }
}
