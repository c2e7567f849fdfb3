package dev.videoapiemulator.profile;

import dev.videoapiemulator.api.Profile;

import dev.videoapiemulator.config.EmulatorConfig;
import jakarta.inject.Singleton;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every profile the emulator serves: one row per dialect. Adding a dialect adds a row here. */
// A singleton, not a proxied bean: it is called on every request.
@Singleton
public class Profiles {

    public static final String OFFICIAL = "openai";

    static final List<Profile> ALL = List.of(
            new Profile(OFFICIAL, "", "The official OpenAI Videos API (Sora 2)"),
            new Profile("sora-relay", "/sora-relay", "Sora relay, multipart: storyboards, characters, watermark"),
            new Profile("sora", "/sora", "Sora task API, JSON (video_gen tasks, {code,message,data} envelope)"),
            new Profile("veo", "/veo", "Veo models through the OpenAI shape"),
            new Profile("kling", "/kling", "Kling-style models through the OpenAI shape"),
            new Profile("openai-relay", "/openai-relay", "The OpenAI format as relays serve it (url, quality)"));

    private final Map<String, Profile> byName = new LinkedHashMap<>();
    private final Profile defaultProfile;

    @Inject
    public Profiles(EmulatorConfig config) {
        this(config.defaultProfile());
    }

    Profiles(String defaultName) {
        ALL.forEach(p -> byName.put(p.name(), p));
        this.defaultProfile = byName.get(defaultName);
        if (defaultProfile == null) {
            throw new IllegalArgumentException("emulator.default-profile '" + defaultName + "' is not a profile; the"
                    + " profiles are " + byName.keySet());
        }
    }

    public Optional<Profile> find(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }

    public Profile defaultProfile() {
        return defaultProfile;
    }

    public List<Profile> all() {
        return List.copyOf(byName.values());
    }

    public List<String> names() {
        return List.copyOf(byName.keySet());
    }
}
