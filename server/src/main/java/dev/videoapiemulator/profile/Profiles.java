package dev.videoapiemulator.profile;

import dev.videoapiemulator.api.DeclaresProfile;
import dev.videoapiemulator.api.Profile;
import dev.videoapiemulator.config.EmulatorConfig;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every profile the emulator serves: one per dialect definition, the official one first. */
// A singleton, not a proxied bean: it is called on every request.
@Singleton
public class Profiles {

    private static final Comparator<Profile> OFFICIAL_FIRST = Comparator.comparing((Profile p) -> !p.official())
            .thenComparing(Profile::name);

    private final Map<String, Profile> byName = new LinkedHashMap<>();
    /** Each path some profile is hosted at under another's prefix, and that profile. */
    private final Map<String, Profile> byHostedPath = new LinkedHashMap<>();
    private final Profile defaultProfile;

    @Inject
    public Profiles(Instance<DeclaresProfile> declared, EmulatorConfig config) {
        this(declared.stream().map(DeclaresProfile::profile).toList(), config.defaultProfile());
    }

    Profiles(List<Profile> declared, String defaultName) {
        declared.stream().sorted(OFFICIAL_FIRST).forEach(p -> {
            if (byName.putIfAbsent(p.name(), p) != null) {
                throw new IllegalStateException("two dialects declare the profile '" + p.name() + "'");
            }
            p.hostedAt().forEach(path -> byHostedPath.put(path, p));
        });
        this.defaultProfile = byName.get(defaultName);
        if (defaultProfile == null) {
            throw new IllegalArgumentException("emulator.default-profile '" + defaultName + "' is not a profile; the"
                    + " profiles are " + byName.keySet());
        }
    }

    public Optional<Profile> find(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }

    /** The profile hosted at {@code path} (the path itself or one below it), or null. */
    public Profile hosting(String path) {
        for (Map.Entry<String, Profile> hosted : byHostedPath.entrySet()) {
            String at = hosted.getKey();
            if (path.startsWith(at) && (path.length() == at.length() || path.charAt(at.length()) == '/')) {
                return hosted.getValue();
            }
        }
        return null;
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
