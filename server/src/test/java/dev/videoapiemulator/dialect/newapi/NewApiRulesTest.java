package dev.videoapiemulator.dialect.newapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.videoapiemulator.api.ApiException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule tables without a server: channels, new-api's own bounds, and what each upstream renders. */
class NewApiRulesTest {

    private static TaskRequest request(String mode, String size, long duration, String seconds) {
        return new TaskRequest("kling-v1", "a boat", mode, List.of(), size, duration, seconds, null);
    }

    @Test
    void everyModelHasOneChannel() {
        assertEquals(Platform.SORA, NewApiRules.model("sora-2-pro").platform());
        assertEquals(Platform.KLING, NewApiRules.model("kling-v2-6").platform());
        assertEquals(8, NewApiRules.MODELS.stream().map(NewApiRules.ModelRow::name).distinct().count());
        assertEquals(503, assertThrows(ApiException.class, () -> NewApiRules.model("veo3")).error().status());
        assertEquals(400, assertThrows(ApiException.class, () -> NewApiRules.model("")).error().status());
    }

    @ParameterizedTest
    @CsvSource({"SORA,0,'',4", "SORA,0,'8',8", "SORA,12,'',12", "SORA,12,'8',8", "SORA,0,'3600',3600",
            "KLING,0,'10',5", "KLING,10,'',10", "KLING,3600,'',3600"})
    void theLengthEachPlatformReads(Platform platform, long duration, String seconds, long expected) {
        assertEquals(expected, NewApiRules.seconds(platform, request("", "", duration, seconds)));
    }

    @ParameterizedTest
    @CsvSource({"SORA,-1,''", "SORA,0,'3601'", "SORA,0,'-1'", "KLING,-1,''", "KLING,3601,''"})
    void lengthsOutsideAnHourAreRefused(Platform platform, long duration, String seconds) {
        assertEquals("invalid_seconds", assertThrows(ApiException.class,
                () -> NewApiRules.seconds(platform, request("", "", duration, seconds))).error().code());
    }

    @Test
    void theSoraSizesAreThoseOfTheModel() {
        assertEquals("720x1280", NewApiRules.soraSize(NewApiRules.model("sora-2"), ""));
        assertEquals("1024x1792", NewApiRules.soraSize(NewApiRules.model("sora-2-pro"), "1024x1792"));
        assertEquals("invalid_size", assertThrows(ApiException.class,
                () -> NewApiRules.soraSize(NewApiRules.model("sora-2"), "1024x1792")).error().code());
    }

    @ParameterizedTest
    @CsvSource({"'',1280x720,5,std,5,16:9", "pro,720x1280,10,pro,10,9:16", "'',999x1,5,std,5,1:1"})
    void theKlingAdaptorsPayload(String mode, String size, long duration, String payloadMode, String payloadDuration,
            String aspect) {
        UpstreamRules.KlingPayload payload = UpstreamRules.klingPayload(request(mode, size, duration, ""), size,
                duration);
        assertEquals(new UpstreamRules.KlingPayload(payloadMode, payloadDuration, aspect, ""), payload);
    }

    @ParameterizedTest
    @CsvSource({"std,16:9,1280,720", "pro,16:9,1920,1080", "std,9:16,720,1280", "pro,9:16,1080,1920",
            "std,1:1,720,720", "pro,1:1,1080,1080"})
    void klingRendersTheAspectRatioAtTheModesResolution(String mode, String aspect, int width, int height) {
        UpstreamRules.Render render = UpstreamRules.kling(request(mode, "", 5, ""),
                new UpstreamRules.KlingPayload(mode, "10", aspect, ""));
        assertEquals(new UpstreamRules.Render(width, height, 10), render);
    }

    @Test
    void soraRendersTheSizeForTheSeconds() {
        assertEquals(new UpstreamRules.Render(1792, 1024, 12), UpstreamRules.sora(request("", "", 0, ""), "1792x1024",
                12));
        assertEquals("invalid_value", assertThrows(ApiException.class,
                () -> UpstreamRules.sora(request("", "", 0, ""), "720x1280", 10)).error().code());
    }
}
