package dev.videoapiemulator.scenario;

import dev.videoapiemulator.engine.VideoJob;
import java.time.Instant;
import java.util.List;

/**
 * Turns the jobs a fixture set declares into engine jobs, as each job's profile reads them: its id
 * shape (unless the file lets ids be any string), its status words, its details. Implemented where
 * the profiles are known, so that fixture loading needs no dialect.
 */
public interface JobDeclarations {

    /**
     * The set's jobs, their times resolved against {@code loadedAt} and those still to run timed as
     * the set says; refuses with the file, line and field.
     */
    List<VideoJob> read(FixtureSet set, Instant loadedAt) throws FixtureException;
}
