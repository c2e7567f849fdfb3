package dev.videoapiemulator.engine;

/** Decides the script of each new job: configured timings, or what a matching scenario says. */
public interface JobScripts {

    JobScript scriptFor(VideoSpec spec);
}
