package dev.videoapiemulator.http;

import static dev.videoapiemulator.support.ErrorBody.assertError;

import dev.videoapiemulator.support.Emulator;
import dev.videoapiemulator.support.Images;
import dev.videoapiemulator.support.SmallLimits;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The body limit is configurable, and a body over it is a JSON 413, not a dropped connection. */
@QuarkusTest
@TestProfile(SmallLimits.class)
class BodyLimitTest {

    private final Emulator client = Emulator.freshKey();

    @Test
    void bodyOverTheLimitIs413() {
        byte[] head = ("--b0undary\r\nContent-Disposition: form-data; name=\"input_reference\"; filename=\"big.png\""
                + "\r\n\r\n").getBytes();
        byte[] tooLarge = Arrays.copyOf(head, 2 * 1024 * 1024);
        assertError(client.request().contentType("multipart/form-data; boundary=b0undary").body(tooLarge)
                .post("/v1/videos").then(), 413, "invalid_request_error", null, "request_too_large");
    }

    @Test
    void bodyUnderTheLimitPasses() {
        client.request().multiPart("prompt", "fits").multiPart("input_reference", "ref.png",
                Images.encode("png", 720, 1280)).post("/v1/videos").then().statusCode(200);
    }
}
