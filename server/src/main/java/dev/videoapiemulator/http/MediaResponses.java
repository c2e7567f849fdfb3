package dev.videoapiemulator.http;

import dev.videoapiemulator.media.MediaAsset;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import dev.videoapiemulator.api.ApiError;
import java.util.Arrays;
import java.util.Map;

/** Turns a binary asset into a download response honouring Range and If-None-Match. */
@Singleton
public class MediaResponses {

    static final String CACHE_CONTROL = "private, max-age=3600";

    /**
     * Builds the response for a GET (HEAD reuses it with the body dropped, so Content-Length is always
     * the length of the body a GET would carry).
     *
     * <p>Only a single byte range is honoured; a multi-range or malformed Range header is ignored and
     * the whole asset is sent, as RFC 9110 allows.
     */
    public Response serve(MediaAsset asset, String fileName, String rangeHeader, String ifNoneMatchHeader) {
        byte[] bytes = asset.bytes();
        int length = bytes.length;
        if (matchesAny(ifNoneMatchHeader, asset.etag())) {
            return Response.notModified()
                    .header(HttpHeaders.ETAG, asset.etag())
                    .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                    .build();
        }
        ByteRange range = ByteRange.parse(rangeHeader, length);
        if (range == ByteRange.UNSATISFIABLE) {
            throw new ApiError(416, "invalid_request_error", "Requested range not satisfiable; the content is " + length
                    + " bytes long.", null, null, Map.of("Content-Range", "bytes */" + length, "Accept-Ranges", "bytes"))
                    .exception();
        }
        Response.ResponseBuilder builder;
        if (range == null) {
            builder = Response.ok(bytes);
        } else {
            // The slice is the only copy made per request; whole-asset responses send the shared array.
            byte[] slice = range.first == 0 && range.last == length - 1
                    ? bytes
                    : Arrays.copyOfRange(bytes, (int) range.first, (int) range.last + 1);
            builder = Response.status(Response.Status.PARTIAL_CONTENT)
                    .entity(slice)
                    .header("Content-Range", "bytes " + range.first + "-" + range.last + "/" + length);
            length = slice.length;
        }
        return builder
                .type(asset.contentType())
                .header(HttpHeaders.CONTENT_LENGTH, length)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header(HttpHeaders.ETAG, asset.etag())
                .header("Accept-Ranges", "bytes")
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .build();
    }

    /** If-None-Match uses weak comparison, so a W/ prefix on either side still matches. */
    static boolean matchesAny(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String wanted = stripWeak(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || stripWeak(tag).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static String stripWeak(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** An inclusive byte range already clamped to the content length. */
    record ByteRange(long first, long last) {

        static final ByteRange UNSATISFIABLE = new ByteRange(-1, -1);

        /** Returns null when the header is absent, malformed or asks for several ranges. */
        static ByteRange parse(String header, long length) {
            if (header == null) {
                return null;
            }
            String value = header.trim();
            if (!value.regionMatches(true, 0, "bytes=", 0, 6)) {
                return null;
            }
            String spec = value.substring(6).trim();
            if (spec.contains(",")) {
                return null;
            }
            int dash = spec.indexOf('-');
            if (dash < 0) {
                return null;
            }
            String from = spec.substring(0, dash).trim();
            String to = spec.substring(dash + 1).trim();
            try {
                if (from.isEmpty()) {
                    if (to.isEmpty()) {
                        return null;
                    }
                    long suffix = parseDigits(to);
                    if (suffix == 0 || length == 0) {
                        return UNSATISFIABLE;
                    }
                    return new ByteRange(Math.max(0, length - suffix), length - 1);
                }
                long first = parseDigits(from);
                if (!to.isEmpty() && parseDigits(to) < first) {
                    return null;
                }
                long last = to.isEmpty() ? length - 1 : parseDigits(to);
                if (first >= length) {
                    return UNSATISFIABLE;
                }
                return new ByteRange(first, Math.min(last, length - 1));
            } catch (NumberFormatException e) {
                return null;
            }
        }

        /** Digits only: Long.parseLong would also accept a sign. Huge values saturate. */
        private static long parseDigits(String s) {
            if (s.isEmpty()) {
                throw new NumberFormatException();
            }
            long value = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    throw new NumberFormatException();
                }
                value = value > (Long.MAX_VALUE - 9) / 10 ? Long.MAX_VALUE : value * 10 + (c - '0');
            }
            return value;
        }
    }
}
