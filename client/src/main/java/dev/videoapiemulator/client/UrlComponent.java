package dev.videoapiemulator.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Percent-encodes what tests give (ids, names, filter values), so a '/', '&' or space in one changes nothing else. */
final class UrlComponent {

    private UrlComponent() {
    }

    static String encode(String value) {
        // URLEncoder writes form encoding; in a path or query a space is %20, and a '+' would be read as one.
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
