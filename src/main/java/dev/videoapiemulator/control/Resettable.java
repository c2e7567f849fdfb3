package dev.videoapiemulator.control;

/**
 * One part of the emulator's state that {@code POST /__emulator/reset} puts back to its start.
 * Implementations are CDI beans; the reset endpoint finds them all.
 */
public interface Resettable {

    /** The name used by {@code ?part=}, e.g. {@code jobs}. */
    String part();

    /** Forgets everything of the given test, or everything when {@code testId} is null. */
    void reset(String testId);
}
