package dev.videoapiemulator.engine;

import dev.videoapiemulator.config.EmulatorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;

/** Characters per API key, under the same bounds as jobs. */
@ApplicationScoped
public class VideoCharacters {

    private final EmulatorClock clock;
    private final OwnedStore<VideoCharacter> store;

    public VideoCharacters(EmulatorClock clock, EmulatorConfig config) {
        this.clock = clock;
        this.store = new OwnedStore<>(config.store().maxJobsPerKey(), config.store().maxJobs());
    }

    public VideoCharacter create(String owner, String id, String name, Object details) {
        VideoCharacter character = new VideoCharacter(id, owner, store.nextSequence(), name, clock.now(), details);
        store.add(character);
        return character;
    }

    public Optional<VideoCharacter> find(String owner, String id) {
        return store.find(owner, id);
    }

    int removeCreatedBefore(Instant cutoff) {
        return store.removeCreatedBefore(cutoff);
    }

    public int removeIf(Predicate<? super VideoCharacter> test) {
        return store.removeIf(test);
    }

    public int size() {
        return store.size();
    }

    public void clear() {
        store.clear();
    }
}
