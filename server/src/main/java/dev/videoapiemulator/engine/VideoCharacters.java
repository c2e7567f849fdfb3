package dev.videoapiemulator.engine;

import dev.videoapiemulator.config.EmulatorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

/** Characters per API key, under the same bounds as jobs. */
@ApplicationScoped
public class VideoCharacters {

    private final Clocks clocks;
    private final OwnedStore<VideoCharacter> store;

    public VideoCharacters(Clocks clocks, EmulatorConfig config) {
        this.clocks = clocks;
        this.store = new OwnedStore<>(config.store().maxJobsPerKey(), config.store().maxJobs());
    }

    public VideoCharacter create(String owner, String id, String name, Object details) {
        VideoCharacter character = new VideoCharacter(id, owner, store.nextSequence(), name,
                clocks.nowUsing(owner), details);
        store.add(character);
        return character;
    }

    public Optional<VideoCharacter> find(String owner, String id) {
        return store.find(owner, id);
    }

    /** Drops what each owner's clock says is older than {@code age}. */
    int removeOlderThan(Duration age) {
        return store.removeCreatedBefore(owner -> clocks.nowOf(owner).minus(age));
    }

    /** How many characters {@code test} accepts, whoever owns them. */
    public long count(Predicate<? super VideoCharacter> test) {
        return store.newestFirst().stream().filter(test).count();
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
