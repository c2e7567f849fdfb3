package dev.videoapiemulator.dialect.klingofficial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.dialect.KlingTaskStatus;
import dev.videoapiemulator.dialect.klingofficial.KlingOfficialRules.AspectRatio;
import dev.videoapiemulator.dialect.klingofficial.KlingOfficialRules.Mode;
import dev.videoapiemulator.engine.JobStatus;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule table's frames and words, and the error shape's codes, without Quarkus. */
class KlingOfficialRulesTest {

    @ParameterizedTest
    @CsvSource({"STD, WIDE, 1280, 720", "STD, TALL, 720, 1280", "STD, SQUARE, 720, 720", "PRO, WIDE, 1920, 1080",
            "PRO, TALL, 1080, 1920", "PRO, SQUARE, 1080, 1080"})
    void eachModeAndRatioHasItsFrame(Mode mode, AspectRatio ratio, int width, int height) {
        assertEquals(List.of(width, height), List.of(ratio.width(mode), ratio.height(mode)));
    }

    @ParameterizedTest
    @CsvSource({"1920, 1080, WIDE", "1000, 800, SQUARE", "800, 1000, SQUARE", "600, 1000, TALL", "1000, 600, WIDE",
            "64, 64, SQUARE"})
    void aPictureTakesTheNearestRatio(int width, int height, AspectRatio expected) {
        assertEquals(expected, AspectRatio.nearest(width, height));
    }

    @Test
    void statusesAreKlingsWords() {
        assertEquals(List.of("submitted", "processing", "succeed", "failed"), List.of(JobStatus.values()).stream()
                .map(KlingTaskStatus::of).toList());
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"400, null, 1200", "400, invalid_value, 1201", "400, 1301, 1301",
            "401, authorization_expired, 1004", "401, authorization_not_yet_valid, 1003", "401, invalid_api_key, 1000",
            "403, null, 1103", "404, null, 1202", "404, 1203, 1203", "405, method_not_allowed, 1202",
            "413, request_too_large, 1200", "429, rate_limit_exceeded, 1302", "429, 1303, 1303",
            "400, moderation_blocked, 1301", "500, null, 5000", "503, busy, 5001", "504, null, 5002"})
    void errorCodesAreKlingsNumbers(int status, String code, int expected) {
        assertEquals(expected, KlingErrorShape.code(new ApiError(status, "t", "m", null, code)));
    }
}
