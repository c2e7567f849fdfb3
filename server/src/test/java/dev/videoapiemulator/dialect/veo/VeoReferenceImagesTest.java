package dev.videoapiemulator.dialect.veo;

import static dev.videoapiemulator.support.ErrorBody.assertInvalid;
import static org.hamcrest.Matchers.equalTo;

import dev.videoapiemulator.support.Emulator;
import dev.videoapiemulator.support.Images;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** input_reference: repeated parts, as many as the model takes, each a real image or a URL. */
@QuarkusTest
class VeoReferenceImagesTest {

    private static final byte[] PNG = Images.encode("png", 1280, 720);
    private static final byte[] JPEG = Images.encode("jpg", 720, 1280);

    private final Emulator client = Emulator.freshKey();
    private final VeoRequests veo = new VeoRequests(client);

    private ValidatableResponse withImages(String model, int count) {
        RequestSpecification form = veo.form("model", model);
        for (int i = 0; i < count; i++) {
            form = form.multiPart("input_reference", "frame" + i + ".png", i % 2 == 0 ? PNG : JPEG,
                    i % 2 == 0 ? "image/png" : "image/jpeg");
        }
        return form.post(VeoRequests.VIDEOS).then();
    }

    @ParameterizedTest
    @CsvSource({"veo2, 1", "veo2-fast, 1", "veo2-pro, 1", "veo2-fast-frames, 2", "veo3, 2", "veo3-pro-frames, 2",
            "veo_3_1, 2", "veo_3_1-fast-4K, 2", "veo3.1, 2", "veo3.1-pro-4k, 2", "veo3.1-components, 3",
            "veo3.1-components-4k, 3", "veo_3_1-components, 3", "veo_3_1-fast-components-4K, 3"})
    void eachModelTakesTextAloneAndUpToItsImageCount(String model, int most) {
        withImages(model, 0).statusCode(200);
        withImages(model, 1).statusCode(200);
        withImages(model, most).statusCode(200).body("model", equalTo(model));
    }

    @ParameterizedTest
    @CsvSource({"veo2, 1, 'a first frame'", "veo2-fast-frames, 2, 'a first frame, or first and last frames'",
            "veo3-fast, 2, 'a first frame, or first and last frames'",
            "veo_3_1-4K, 2, 'a first frame, or first and last frames'",
            "veo3.1-fast-components, 3, '1 to 3 reference images'",
            "veo_3_1-components-4K, 3, '1 to 3 reference images'"})
    void oneImageMoreThanTheModelTakesIsRefused(String model, int most, String takes) {
        assertInvalid(withImages(model, most + 1), "input_reference", "invalid_value", "Invalid 'input_reference':"
                + " model '" + model + "' takes " + takes + " (at most " + most + "), but got " + (most + 1)
                + " images.");
    }

    @Test
    void everyPartMustBeAnImage() {
        ValidatableResponse response = veo.form("model", "veo3")
                .multiPart("input_reference", "first.png", PNG, "image/png")
                .multiPart("input_reference", "last.png", "not an image".getBytes(StandardCharsets.UTF_8), "image/png")
                .post(VeoRequests.VIDEOS).then();
        assertInvalid(response, "input_reference", "invalid_image_format", "Invalid file format for 'input_reference'."
                + " Supported formats are: 'image/jpeg', 'image/png', and 'image/webp'.");
    }

    @Test
    void imagesNeedNotMatchTheSize() {
        veo.form("model", "veo3.1-components")
                .multiPart("input_reference", "a.png", Images.encode("png", 64, 64), "image/png")
                .multiPart("input_reference", "b.jpg", Images.encode("jpg", 33, 97), "image/jpeg")
                .post(VeoRequests.VIDEOS).then().statusCode(200);
    }

    @Test
    void textPartsMayCarryAUrlADataUrlOrBase64() {
        String base64 = Base64.getEncoder().encodeToString(PNG);
        veo.form("model", "veo3.1-components")
                .multiPart("input_reference", "https://example.com/cow.png")
                .multiPart("input_reference", "data:image/png;base64," + base64)
                .multiPart("input_reference", base64)
                .post(VeoRequests.VIDEOS).then().statusCode(200);
    }

    @Test
    void textThatIsNeitherAUrlNorBase64IsRefused() {
        assertInvalid(veo.form().multiPart("input_reference", "file://C:\\scene1.png").post(VeoRequests.VIDEOS).then(),
                "input_reference", "invalid_value",
                "Invalid 'input_reference': expected an http(s) URL or base64-encoded image data.");
        assertInvalid(veo.form().multiPart("input_reference", "data:image/png,raw").post(VeoRequests.VIDEOS).then(),
                "input_reference", "invalid_value",
                "Invalid 'input_reference': expected a base64-encoded data URL (data:image/png;base64,...).");
        String notAnImage = Base64.getEncoder().encodeToString("hello".getBytes(StandardCharsets.UTF_8));
        assertInvalid(veo.form().multiPart("input_reference", notAnImage).post(VeoRequests.VIDEOS).then(),
                "input_reference", "invalid_image_format", "Invalid file format for 'input_reference'. Supported"
                        + " formats are: 'image/jpeg', 'image/png', and 'image/webp'.");
    }

    @Test
    void jsonTakesAStringOrAnArrayOfStrings() {
        String dataUrl = "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(JPEG);
        Map<String, Object> body = Map.of("model", "veo_3_1", "prompt", "json frames", "seconds", "8", "size", "9x16",
                "input_reference", List.of(dataUrl, "https://example.com/last.png"));
        client.request().contentType(ContentType.JSON).body(body).post(VeoRequests.VIDEOS).then().statusCode(200);
        client.request().contentType(ContentType.JSON).body(Map.of("model", "veo2", "prompt", "one", "seconds", "8",
                "size", "16x9", "input_reference", dataUrl)).post(VeoRequests.VIDEOS).then().statusCode(200);
        assertInvalid(client.request().contentType(ContentType.JSON).body(Map.of("model", "veo2", "prompt", "three",
                "seconds", "8", "size", "16x9", "input_reference", List.of(dataUrl, dataUrl)))
                .post(VeoRequests.VIDEOS).then(), "input_reference", "invalid_value", "Invalid 'input_reference':"
                        + " model 'veo2' takes a first frame (at most 1), but got 2 images.");
        assertInvalid(client.request().contentType(ContentType.JSON).body(Map.of("model", "veo3", "prompt", "n",
                "seconds", "8", "size", "16x9", "input_reference", List.of(42))).post(VeoRequests.VIDEOS).then(),
                "input_reference", "invalid_type",
                "Invalid type for 'input_reference': expected a string or a file, but got an integer instead.");
    }
}
