package dev.videoapiemulator.api;

/**
 * What a client proves itself with: an API key sent as the bearer value (OpenAI and the relays), or
 * a token it signs with its secret (Kling's HS256 JWT, whose issuer is the access key).
 */
public enum Credentials {
    API_KEY,
    SIGNED_TOKEN
}
