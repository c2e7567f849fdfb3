package dev.videoapiemulator.dialect.openai;

import static dev.videoapiemulator.support.ErrorBody.assertError;
import static dev.videoapiemulator.support.ErrorBody.assertInvalid;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.videoapiemulator.support.Emulator;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ListAndDeleteTest {

    private final Emulator client = Emulator.freshKey();

    private List<String> createFive() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(client.create("prompt", "video " + i));
        }
        return ids;
    }

    @Test
    void listsNewestFirstByDefault() {
        List<String> ids = createFive();
        client.request().get("/v1/videos").then().statusCode(200)
                .body("object", equalTo("list"))
                .body("data.id", contains(ids.get(4), ids.get(3), ids.get(2), ids.get(1), ids.get(0)))
                .body("first_id", equalTo(ids.get(4)))
                .body("last_id", equalTo(ids.get(0)))
                .body("has_more", equalTo(false));
    }

    @Test
    void pagesWithAfterAndLimitUntilAnEmptyPage() {
        List<String> ids = createFive();
        client.request().queryParam("order", "asc").queryParam("limit", 2).get("/v1/videos").then()
                .body("data.id", contains(ids.get(0), ids.get(1))).body("has_more", equalTo(true));
        client.request().queryParam("order", "asc").queryParam("limit", 2).queryParam("after", ids.get(1))
                .get("/v1/videos").then().body("data.id", contains(ids.get(2), ids.get(3)))
                .body("has_more", equalTo(true));
        client.request().queryParam("order", "asc").queryParam("limit", 2).queryParam("after", ids.get(3))
                .get("/v1/videos").then().body("data.id", contains(ids.get(4))).body("has_more", equalTo(false));
        // The Java SDK stops paging only on an empty page.
        client.request().queryParam("order", "asc").queryParam("after", ids.get(4)).get("/v1/videos").then()
                .statusCode(200).body("data", empty()).body("first_id", nullValue()).body("last_id", nullValue())
                .body("has_more", equalTo(false));
    }

    @Test
    void descendingPagesWalkBackwards() {
        List<String> ids = createFive();
        client.request().queryParam("limit", 3).queryParam("after", ids.get(4)).get("/v1/videos").then()
                .body("data.id", contains(ids.get(3), ids.get(2), ids.get(1))).body("has_more", equalTo(true));
    }

    @Test
    void queryIsValidated() {
        assertInvalid(client.request().queryParam("limit", 0).get("/v1/videos").then(), "limit",
                "integer_below_min_value",
                "Invalid 'limit': integer below minimum value. Expected a value >= 1, but got 0 instead.");
        assertInvalid(client.request().queryParam("limit", 101).get("/v1/videos").then(), "limit",
                "integer_above_max_value",
                "Invalid 'limit': integer above maximum value. Expected a value <= 100, but got 101 instead.");
        assertInvalid(client.request().queryParam("limit", "ten").get("/v1/videos").then(), "limit", "invalid_type",
                "Invalid 'limit': expected an integer, but got 'ten' instead.");
        assertInvalid(client.request().queryParam("order", "newest").get("/v1/videos").then(), "order",
                "invalid_value", "Invalid value: 'newest'. Supported values are: 'asc' and 'desc'.");
        client.request().queryParam("limit", 1).get("/v1/videos").then().statusCode(200);
        client.request().queryParam("limit", 100).get("/v1/videos").then().statusCode(200);
    }

    @Test
    void deleteRemovesTheVideo() {
        String id = client.create("prompt", "short-lived");
        client.request().delete("/v1/videos/" + id).then().statusCode(200)
                .body("id", equalTo(id)).body("object", equalTo("video.deleted")).body("deleted", equalTo(true));
        assertError(client.get(id), 404, "invalid_request_error", null, null);
        assertError(client.request().delete("/v1/videos/" + id).then(), 404, "invalid_request_error", null, null);
        client.request().get("/v1/videos").then().body("data.id", not(hasItem(id)));
    }
}
