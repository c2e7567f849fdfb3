package dev.videoapiemulator.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A test profile whose fixture directory a test writes into, made before the application starts
 * (a fixed path, as the profile and the test are loaded by different class loaders), plus the
 * settings each subclass adds.
 */
public abstract class FixtureDirectory extends ConfigOverrides {

    /** @param keysAndValues further settings: a key, its value, the next key, its value... */
    protected FixtureDirectory(Path dir, String... keysAndValues) {
        super(withDirectory(dir, keysAndValues));
    }

    private static String[] withDirectory(Path dir, String... keysAndValues) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> settings = new ArrayList<>(List.of("emulator.fixtures.dir", dir.toString()));
        settings.addAll(List.of(keysAndValues));
        return settings.toArray(String[]::new);
    }
}
