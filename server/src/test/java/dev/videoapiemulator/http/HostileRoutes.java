package dev.videoapiemulator.http;

import java.util.List;

/**
 * Every route the hostile-input generators call, per dialect, as the resources declare them.
 * {@code {id}} stands for a video or task id (an unknown id to the webhook-endpoint routes).
 */
final class HostileRoutes {

    private HostileRoutes() {
    }

    /** A route taking a body, and which body types it reads. */
    record BodyRoute(String path, boolean json, boolean multipart) {
    }

    private static final List<String> OFFICIAL = List.of("", "/openai");

    static final List<BodyRoute> BODY_ROUTES;

    /** The create route of each dialect, both prefixes of the official one. */
    static final List<BodyRoute> CREATE_ROUTES = List.of(
            new BodyRoute("/v1/videos", true, true),
            new BodyRoute("/openai/v1/videos", true, true),
            new BodyRoute("/sora-relay/v1/videos", true, true),
            new BodyRoute("/sora/v1/videos", true, false),
            new BodyRoute("/veo/v1/videos", true, true),
            new BodyRoute("/kling/v1/videos", true, true),
            new BodyRoute("/openai-relay/v1/videos", true, true),
            new BodyRoute("/kling/v1/videos/text2video", true, false),
            new BodyRoute("/kling/v1/videos/image2video", true, false),
            new BodyRoute("/new-api/v1/video/generations", true, true));

    /** GET routes with one id in the path. */
    static final List<String> ID_ROUTES;

    /** GET routes downloading content, which read {@code ?variant=}. */
    static final List<String> CONTENT_ROUTES;

    static {
        List<BodyRoute> body = new java.util.ArrayList<>(CREATE_ROUTES);
        List<String> ids = new java.util.ArrayList<>();
        List<String> content = new java.util.ArrayList<>();
        for (String prefix : OFFICIAL) {
            body.add(new BodyRoute(prefix + "/v1/videos/{id}/remix", true, true));
            body.add(new BodyRoute(prefix + "/v1/videos/edits", true, true));
            body.add(new BodyRoute(prefix + "/v1/videos/extensions", true, true));
            body.add(new BodyRoute(prefix + "/v1/videos/characters", false, true));
            for (String webhookRoute : List.of("", "/{id}", "/{id}/rotate_secret", "/{id}/test")) {
                body.add(new BodyRoute(prefix + "/v1/webhook_endpoints" + webhookRoute, true, false));
            }
            ids.add(prefix + "/v1/videos/{id}");
            ids.add(prefix + "/v1/videos/characters/{id}");
            ids.add(prefix + "/v1/webhook_endpoints/{id}");
            content.add(prefix + "/v1/videos/{id}/content");
        }
        body.add(new BodyRoute("/sora-relay/v1/videos/{id}/remix", true, true));
        body.add(new BodyRoute("/sora-relay/v1/characters", true, true));
        body.add(new BodyRoute("/sora/v1/characters", true, true));
        for (String dialect : List.of("/sora-relay", "/veo", "/kling", "/openai-relay")) {
            ids.add(dialect + "/v1/videos/{id}");
            content.add(dialect + "/v1/videos/{id}/content");
        }
        // Kling's official API through new-api's routes, where the hostile requests' relay key is accepted.
        for (String action : List.of("text2video", "image2video")) {
            ids.add("/kling/v1/videos/" + action + "/{id}");
            content.add("/kling/v1/videos/" + action + "/{id}/content");
        }
        ids.add("/sora/v1/videos/{id}");
        ids.add("/new-api/v1/video/generations/{id}");
        ids.add("/new-api/v1/videos/{id}");
        content.add("/new-api/v1/videos/{id}/content");
        content.add("/sora/v1/videos/{id}/generations/{id}/content");
        BODY_ROUTES = List.copyOf(body);
        ID_ROUTES = List.copyOf(ids);
        CONTENT_ROUTES = List.copyOf(content);
    }

    /** The list routes read {@code limit} and {@code order}: the official API's (Kling's lists read pageNum and pageSize). */
    static final List<String> LIST_ROUTES = List.of("/v1/videos", "/openai/v1/videos");

    /** Routes deleting by id. */
    static final List<String> DELETE_ROUTES = List.of("/v1/videos/{id}", "/openai/v1/videos/{id}",
            "/v1/webhook_endpoints/{id}", "/openai/v1/webhook_endpoints/{id}");
}
