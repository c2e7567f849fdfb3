package dev.videoapiemulator.scenario;

import java.util.Map;

/**
 * What a scenario does to its jobs' downloads: answer an error ({@code status}/{@code error}), or
 * answer as expired; send only {@code truncate_at} bytes of a full-length promise; corrupt the
 * bytes after the header; dribble at {@code bytes_per_second}; or declare a wrong
 * {@code content_length}.
 */
public record DownloadAnswer(Integer status, ErrorSpec error, Map<String, String> headers, Boolean expired,
        Long truncateAt, Boolean corrupt, Long bytesPerSecond, Long contentLength) {

    public DownloadAnswer {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        if (status != null && (status < 400 || status > 599)) {
            throw new IllegalArgumentException("status must be an error status, 400 to 599");
        }
        if (truncateAt != null && truncateAt < 0) {
            throw new IllegalArgumentException("truncate_at must not be negative");
        }
        if (bytesPerSecond != null && bytesPerSecond < 1) {
            throw new IllegalArgumentException("bytes_per_second must be at least 1");
        }
    }

    boolean expiredAnswer() {
        return Boolean.TRUE.equals(expired);
    }
}
