package dev.videoapiemulator.profile;

import dev.videoapiemulator.config.EmulatorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every profile the emulator serves: one row per dialect. Adding a dialect adds a row here. */
@ApplicationScoped
public class Profiles {

    public static final String OFFICIAL = "openai";

    static final List<Profile> ALL = List.of(
            new Profile(OFFICIAL, "", "The official OpenAI Videos API (Sora 2)"));

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
