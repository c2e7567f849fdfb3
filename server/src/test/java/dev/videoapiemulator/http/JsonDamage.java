package dev.videoapiemulator.http;

import static dev.videoapiemulator.http.HostileRequests.bodyRoutePath;
import static dev.videoapiemulator.http.HostileRequests.jsonPost;
import static dev.videoapiemulator.http.HostileRequests.unknownField;

import dev.videoapiemulator.http.HostileRequest.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Malformed JSON bodies: wrong types, deep nesting, huge numbers, bad bytes, non-objects, bad charsets. */
final class JsonDamage {

    private JsonDamage() {
    }

    /** Every body field some dialect reads, for putting wrong types in. */
    private static final List<String> KNOWN_FIELDS = List.of("model", "seconds", "size", "input_reference", "video",
            "name", "image", "duration", "width", "height", "fps", "seed", "n", "response_format", "user", "metadata",
            "watermark", "private", "character_url", "character_timestamps", "character_from_task",
            "character_create", "type", "n_frames", "n_variants", "style", "inpaint_items", "operation", "actions",
            "sdedit", "notify_hook", "url", "from_task", "timestamps", "remix_video_id");

    private static final List<String> NUMERIC_FIELDS = List.of("seconds", "n", "width", "height", "duration", "fps",
            "seed", "n_frames", "n_variants");

    private static final List<byte[]> BAD_UTF8 = List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xFE, (byte) 0xFF}, new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0x80},
            new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80});

    static HostileRequest wrongTypes(Draw draw) {
        String path = bodyRoutePath(draw, false);
        List<String> members = new ArrayList<>();
        // the prompt is a string in every dialect, so any of these is the wrong type for it
        members.add("\"prompt\":" + wrongTypedValue(draw));
        members.addAll(draw.listOf(0, 5, () -> "\"" + draw.of(KNOWN_FIELDS) + "\":" + wrongTypedValue(draw)));
        return jsonPost("JSON field of the wrong type", path, "{" + String.join(",", members) + "}");
    }

    private static String wrongTypedValue(Draw draw) {
        return switch (draw.between(1, 3)) {
            case 1 -> String.valueOf(draw.anyInt());
            case 2 -> String.valueOf(draw.between(-1e6, 1e6));
            default -> draw.of("true", "false", "null", "[]", "[1,\"a\"]", "{}", "{\"id\":5}", "[[[]]]",
                    "{\"a\":{\"b\":[]}}", "[\"prompt\"]", "{\"prompt\":\"x\"}", "-0", "0.0");
        };
    }

    static HostileRequest deepNesting(Draw draw) {
        String path = bodyRoutePath(draw, false);
        // past Jackson's default limit of 1,000; 10,000 comes up often, deep enough to overflow a recursive parser
        int depth = draw.oneIn(8) ? 10_000 : draw.between(1_001, 12_000);
        String shape = draw.of("array", "object", "mixed");
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            boolean array = shape.equals("array") || (shape.equals("mixed") && i % 2 == 0);
            open.append(array ? "[" : "{\"a\":");
            close.append(array ? "]" : "}");
        }
        String value = open + "1" + close;
        String body = switch (draw.of("top", "prompt", "field")) {
            case "top" -> value;
            case "prompt" -> "{\"prompt\":" + value + "}";
            default -> "{\"prompt\":\"a cat\",\"hostile_deep\":1,\"" + draw.of(KNOWN_FIELDS) + "\":" + value + "}";
        };
        return jsonPost("JSON nested too deep", path, body);
    }

    static HostileRequest hugeNumbers(Draw draw) {
        String path = bodyRoutePath(draw, false);
        List<String> members = new ArrayList<>();
        members.add("\"prompt\":" + hugeNumber(draw));
        members.addAll(draw.listOf(0, 4, () -> "\"" + draw.of(NUMERIC_FIELDS) + "\":" + hugeNumber(draw)));
        return jsonPost("JSON number out of range", path, "{" + String.join(",", members) + "}");
    }

    private static String hugeNumber(Draw draw) {
        return switch (draw.between(1, 5)) {
            case 1 -> draw.of("1e400", "-1e400", "1e-400", "1E999999999", "-1E-999999999", "4.9e-325",
                    "1.7976931348623159e308", "123456789012345678901234567890.5e300");
            case 2 -> "9" + draw.from(Draw.DIGITS, 39, 39);
            case 3 -> "-9" + draw.from(Draw.DIGITS, 39, 39);
            case 4 -> "1" + draw.from(Draw.DIGITS, 1199, 1199);
            default -> "0.1" + draw.from(Draw.DIGITS, 1199, 1199);
        };
    }

    static HostileRequest invalidUtf8(Draw draw) {
        String path = bodyRoutePath(draw, false);
        byte[] bad = draw.of(BAD_UTF8);
        String unknown = unknownField(draw);
        Bytes body = new Bytes();
        switch (draw.of("in the prompt", "in a key", "outside strings", "whole body")) {
            case "in the prompt" -> body.text("{\"prompt\":\"a ").raw(bad).text(" cat\",\"" + unknown + "\":1}");
            case "in a key" -> body.text("{\"prompt\":\"a cat\",\"" + unknown).raw(bad).text("\":1}");
            case "outside strings" -> body.text("{\"prompt\":\"a cat\",").raw(bad).text("\"" + unknown + "\":1}");
            default -> body.raw(bad);
        }
        return HostileRequest.post("JSON with invalid UTF-8", path, "application/json", body.toArray());
    }

    static HostileRequest notAnObject(Draw draw) {
        String path = bodyRoutePath(draw, false);
        String body;
        if (draw.coin()) {
            body = draw.of("[]", "[{\"prompt\":\"a cat\"}]", "\"prompt\"", "null", "42", "true", "\"\"", "", " ",
                    "\r\n", "{", "}", "{\"prompt\":", "{\"prompt\":\"a cat\",}", "{'prompt':'a cat'}",
                    "{\"prompt\":\"a cat\"", "NaN", "{\"prompt\" \"a cat\"}", "[1,2,", "{\"\"}", "\u0000",
                    "{\"prompt\":\"a\u0000cat\"");
        } else {
            String whole = "{\"prompt\":\"" + draw.letters(1, 30) + "\",\"" + unknownField(draw)
                    + "\":[1,{\"a\":true}]}";
            body = whole.substring(0, draw.between(0, whole.length() - 1));
        }
        return jsonPost("JSON body not an object", path, body);
    }

    static HostileRequest unknownCharset(Draw draw) {
        String path = bodyRoutePath(draw, false);
        String charset = HostileRequests.unknownCharset(draw);
        return HostileRequest.post("JSON with an unknown charset", path, "application/json; charset=" + charset,
                ("{\"prompt\":\"a cat\",\"" + unknownField(draw) + "\":1}").getBytes(StandardCharsets.UTF_8));
    }
}
