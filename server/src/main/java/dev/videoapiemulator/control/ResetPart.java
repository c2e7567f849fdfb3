package dev.videoapiemulator.control;

import java.util.function.Consumer;

/**
 * One part of the emulator's state that {@code POST /__emulator/reset} puts back to its start:
 * {@code name} is what {@code ?part=} says, and {@code reset} forgets everything of the test it is
 * given, or everything when given null. Parts are produced as beans where their state lives; the
 * reset endpoint finds them all.
 */
public record ResetPart(String name, Consumer<String> reset) {
}
