package dev.videoapiemulator.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.videoapiemulator.support.ConfigOverrides;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** With auth off no key is needed; a key that is sent still keeps its jobs apart. */
@QuarkusTest
@TestProfile(AuthOffModeTest.Off.class)
class AuthOffModeTest {

    public static class Off extends ConfigOverrides {
        public Off() {
            super("emulator.auth.mode", "off");
        }
    }

    @Test
    void noKeyIsNeeded() {
        String id = given().multiPart("prompt", "no key at all").post("/v1/videos").then().statusCode(200)
                .extract().path("id");
        given().get("/v1/videos/" + id).then().statusCode(200).body("prompt", equalTo("no key at all"));
        given().get("/v1/videos").then().statusCode(200).body("data.id", hasItem(id));
        given().header("Authorization", "Bearer sk-someone-else").get("/v1/videos").then().statusCode(200)
                .body("data.id", not(hasItem(id)));
    }
}
