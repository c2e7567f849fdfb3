package dev.videoapiemulator.http;

import java.nio.charset.StandardCharsets;

/** Short, escaped renderings of what was sent and answered, for failure messages. */
final class Printable {

    private Printable() {
    }

    static String clip(String text, int max) {
        String escaped = escape(text);
        return escaped.length() <= max ? escaped
                : escaped.substring(0, max) + "...(" + text.length() + " chars)";
    }

    static String bytes(byte[] bytes, int max) {
        int shown = Math.min(bytes.length, max);
        String text = escape(new String(bytes, 0, shown, StandardCharsets.ISO_8859_1));
        return "\"" + text + "\"" + (shown < bytes.length ? "...(+" + (bytes.length - shown) + " bytes)" : "");
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> out.append("\\r");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c >= 0x7f) {
                        out.append(String.format("\\x%02X", (int) c & 0xFF));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
