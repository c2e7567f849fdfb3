package dev.videoapiemulator.dialect.veo;

import dev.videoapiemulator.support.Emulator;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;

/** Multipart creates at /veo/v1/videos: a valid body by default, each field replaceable or removable. */
final class VeoRequests {

    static final String VIDEOS = "/veo/v1/videos";

    private final Emulator client;

    VeoRequests(Emulator client) {
        this.client = client;
    }

    /** The seed's example body; a null value removes the field. */
    static Map<String, String> body(String... overrides) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("model", "veo_3_1");
        body.put("prompt", "A cow dancing happily");
        body.put("seconds", "8");
        body.put("size", "16x9");
        for (int i = 0; i < overrides.length; i += 2) {
            if (overrides[i + 1] == null) {
                body.remove(overrides[i]);
            } else {
                body.put(overrides[i], overrides[i + 1]);
            }
        }
        return body;
    }

    RequestSpecification form(String... overrides) {
        RequestSpecification spec = client.request();
        for (Map.Entry<String, String> field : body(overrides).entrySet()) {
            spec = spec.multiPart(field.getKey(), field.getValue());
        }
        return spec;
    }

    ValidatableResponse create(String... overrides) {
        return form(overrides).post(VIDEOS).then();
    }

    String created(String... overrides) {
        return create(overrides).statusCode(200).extract().path("id");
    }

    ValidatableResponse get(String id) {
        return client.request().get(VIDEOS + "/" + id).then();
    }
}
