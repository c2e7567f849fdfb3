package dev.videoapiemulator.testcontainers.support;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.HttpResponse;
import com.openai.models.videos.Video;
import com.openai.models.videos.VideoCreateParams;
import com.openai.models.videos.VideoSeconds;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

/** The official openai-java client pointed at an emulator, as a client team's test would use it. */
public final class Videos {

    private Videos() {
    }

    /** A key no other test uses. */
    public static String freshKey() {
        return "sk-tc-" + UUID.randomUUID();
    }

    /** A client of {@code baseUrl} with {@code key}, sending {@code testId} (if any) on every call. */
    public static OpenAIClient client(String baseUrl, String key, String testId) {
        OpenAIOkHttpClient.Builder builder = OpenAIOkHttpClient.builder().baseUrl(baseUrl).apiKey(key).maxRetries(0);
        if (testId != null) {
            builder.putHeader("X-Emulator-Test-Id", testId);
        }
        return builder.build();
    }

    public static Video create(OpenAIClient openai, String prompt) {
        return openai.videos().create(VideoCreateParams.builder().prompt(prompt).seconds(VideoSeconds._4).build());
    }

    /** The downloaded video's first bytes name its container format: {@code ftyp} for an MP4. */
    public static String mp4Brand(OpenAIClient openai, String videoId) {
        try (HttpResponse response = openai.videos().downloadContent(videoId); InputStream body = response.body()) {
            byte[] head = body.readNBytes(8);
            return new String(Arrays.copyOfRange(head, 4, 8), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
