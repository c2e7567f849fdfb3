package dev.videoapiemulator.scenario;

/** An error a scenario answers with, in the profile's own envelope; unset parts take the status's usual values. */
public record ErrorSpec(String type, String code, String param, String message) {
}
