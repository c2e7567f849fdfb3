package dev.videoapiemulator.api;

import jakarta.ws.rs.core.Response;

/**
 * How one profile writes errors, for dialects whose envelope is not OpenAI's. A dialect provides
 * one as a bean; profiles without one answer in OpenAI's envelope.
 */
public interface ErrorShape {

    /** The profile whose requests this shape answers. */
    String profile();

    Response render(ApiError error);
}
