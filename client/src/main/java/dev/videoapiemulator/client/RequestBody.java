package dev.videoapiemulator.client;

import java.net.http.HttpRequest;

/** What a call sends: a text in a content type, or nothing. */
record RequestBody(String contentType, String text) {

    static final RequestBody NONE = new RequestBody(null, null);

    static RequestBody json(Object value) {
        return new RequestBody("application/json", EmulatorJson.write(value));
    }

    HttpRequest.BodyPublisher publisher() {
        return text == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(text);
    }
}
