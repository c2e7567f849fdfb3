package dev.videoapiemulator.config;

public enum AuthMode {
    ANY,
    KEYS,
    OFF
}
