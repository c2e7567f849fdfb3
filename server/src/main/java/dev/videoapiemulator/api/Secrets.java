package dev.videoapiemulator.api;

import java.util.Locale;
import java.util.Set;

/** How a key or a token is shown where people read it (the dashboard, the journal, the console log). */
public final class Secrets {

    /** Headers whose values are credentials, lower case. */
    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "x-emulator-admin-token", "cookie",
            "x-api-key", "api-key", "x-goog-api-key", "proxy-authorization");

    private Secrets() {
    }

    /** Only the last 4 characters, enough to tell keys apart; null stays null. */
    public static String lastFour(String secret) {
        if (secret == null) {
            return null;
        }
        return secret.length() <= 4 ? "****" : "****" + secret.substring(secret.length() - 4);
    }

    /** A header's value as it may be shown: credentials masked, the auth scheme kept. */
    public static String headerValue(String name, String value) {
        if (!SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
            return value;
        }
        int space = value.indexOf(' ');
        return space > 0 && !name.equalsIgnoreCase("cookie")
                ? value.substring(0, space + 1) + lastFour(value.substring(space + 1).strip())
                : lastFour(value);
    }
}
