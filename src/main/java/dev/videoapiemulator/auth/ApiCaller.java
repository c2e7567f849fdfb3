package dev.videoapiemulator.auth;

/**
 * Who is calling: the API key (jobs are kept per key), and the profile and tier the key is bound
 * to in fixtures (null when it is bound to none).
 */
public record ApiCaller(String key, String profile, String tier) {

    /** The owner of everything a caller makes: one key never sees another key's jobs. */
    public String owner() {
        return key;
    }
}
