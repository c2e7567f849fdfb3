package dev.videoapiemulator.client;

import java.util.List;

/**
 * The fixture files in force: their directory and names, how many keys, scenarios and declared jobs
 * they hold, whether the last load succeeded, and its error (null when none; the last good set stays
 * in force).
 */
public record FixtureState(String dir, List<String> files, int keys, int scenarios, int jobs, boolean loaded,
        String error) {

    public FixtureState {
        files = files == null ? List.of() : List.copyOf(files);
    }
}
