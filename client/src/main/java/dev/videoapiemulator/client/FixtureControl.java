package dev.videoapiemulator.client;

/** The fixture files: what is loaded, and a reload now rather than at the emulator's next look. */
public final class FixtureControl {

    private final ControlHttp http;

    FixtureControl(ControlHttp http) {
        this.http = http;
    }

    public FixtureState state() {
        return http.get("/fixtures", Params.none(), FixtureState.class);
    }

    /** Reloads the files and answers the state after; a bad file shows in {@link FixtureState#error()}. */
    public FixtureState reload() {
        return http.post("/fixtures/reload", Params.none(), RequestBody.NONE, FixtureState.class);
    }
}
