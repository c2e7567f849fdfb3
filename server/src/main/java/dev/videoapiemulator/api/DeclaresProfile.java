package dev.videoapiemulator.api;

/**
 * A bean that declares one profile: every dialect's definition is one, and the profile list is
 * made of them, so adding a dialect adds its profile without another list to edit.
 */
public interface DeclaresProfile {

    Profile profile();
}
