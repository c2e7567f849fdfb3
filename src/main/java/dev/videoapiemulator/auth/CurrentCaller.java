package dev.videoapiemulator.auth;

import jakarta.enterprise.context.RequestScoped;

/** The caller of the request being served, set by {@link ApiKeyFilter}. */
@RequestScoped
public class CurrentCaller {

    private ApiCaller caller;

    void set(ApiCaller caller) {
        this.caller = caller;
    }

    public ApiCaller get() {
        if (caller == null) {
            throw new IllegalStateException("no caller on a request that needs one");
        }
        return caller;
    }
}
