package dev.videoapiemulator.media;

/**
 * A finished rendition. The byte array is shared by every request for it and must never be modified.
 *
 * @param etag a quoted strong entity tag, e.g. {@code "\"9f2c...\""}
 */
public record MediaAsset(byte[] bytes, String contentType, String etag) {
}
