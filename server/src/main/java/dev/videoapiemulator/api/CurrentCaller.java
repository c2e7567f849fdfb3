package dev.videoapiemulator.api;

import jakarta.enterprise.context.RequestScoped;

/** The caller of the request being served and the profile serving it, set by the profile router. */
@RequestScoped
public class CurrentCaller {

    private ApiCaller caller;
    private Profile profile;

    public void set(ApiCaller caller, Profile profile) {
        this.caller = caller;
        this.profile = profile;
    }

    /** Names the profile before the key is checked, so that a 401 is written in that profile's envelope. */
    public void setProfile(Profile profile) {
        this.profile = profile;
    }

    public ApiCaller get() {
        if (caller == null) {
            throw new IllegalStateException("no caller on a request that needs one");
        }
        return caller;
    }

    /** Who owns what this request makes and sees: its key, within its test id. */
    public String owner() {
        return get().owner();
    }

    /** The profile serving this request, or null outside the dialect APIs (control API, errors below REST). */
    public Profile profile() {
        return profile;
    }
}
