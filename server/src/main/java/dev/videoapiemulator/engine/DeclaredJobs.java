package dev.videoapiemulator.engine;

import dev.videoapiemulator.api.ApiCaller;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Jobs that exist from the start, as fixture files declare them: one shared, read-mostly layer under
 * the store. A job declared for a key is seen by that key in every test id; one declared for no key
 * (owner {@link #EVERY_KEY}) by every key, which breaks per-key isolation on purpose. What an owner
 * does to a declared job stays its own: a delete hides it from that owner only. A lookup is two map
 * reads, never a scan or a lock; {@link #restore} brings everything back as declared.
 */
final class DeclaredJobs {

    /** No API key is empty, so the empty owner stands for every key. */
    static final String EVERY_KEY = "";

    /** The declared set, immutable: what a reset brings back. */
    private volatile Map<String, VideoJob> declared = Map.of();
    /** Per key, its own declared jobs and those of every key, in creation order. */
    private volatile Map<String, List<String>> visibleByKey = Map.of();
    private volatile List<String> visibleToAll = List.of();
    private volatile List<String> newestFirst = List.of();
    /** The declared jobs as they are now: forced transitions replace them here. */
    private final ConcurrentHashMap<String, VideoJob> current = new ConcurrentHashMap<>();
    /** Per owner (key and test id), the declared ids it deleted. */
    private final ConcurrentHashMap<String, Set<String>> hidden = new ConcurrentHashMap<>();

    /** Replaces the declared set; {@code jobs} carry their sequences already. */
    synchronized void declare(List<VideoJob> jobs) {
        Map<String, VideoJob> byId = new ConcurrentHashMap<>();
        jobs.forEach(job -> byId.put(job.id(), job));
        List<VideoJob> ordered = jobs.stream().sorted(Comparator.comparingLong(VideoJob::sequence)).toList();
        List<String> everyKey = ordered.stream().filter(job -> job.owner().equals(EVERY_KEY)).map(VideoJob::id)
                .toList();
        Map<String, List<String>> byKey = new HashMap<>();
        ordered.stream().map(VideoJob::owner).filter(owner -> !owner.equals(EVERY_KEY)).distinct()
                .forEach(key -> byKey.put(key, ordered.stream()
                        .filter(job -> job.owner().equals(key) || job.owner().equals(EVERY_KEY))
                        .map(VideoJob::id).toList()));
        declared = Map.copyOf(byId);
        visibleByKey = Map.copyOf(byKey);
        visibleToAll = everyKey;
        List<String> newest = new ArrayList<>(ordered.stream().map(VideoJob::id).toList());
        Collections.reverse(newest);
        newestFirst = List.copyOf(newest);
        restore(null);
    }

    /** Back as declared: for every owner (null), or only what the owners of one test id changed. */
    void restore(String testId) {
        if (testId == null) {
            hidden.clear();
            current.keySet().retainAll(declared.keySet());
            current.putAll(declared);
        } else {
            hidden.keySet().removeIf(owner -> testId.equals(ApiCaller.testIdOf(owner)));
        }
    }

    Optional<VideoJob> find(String owner, String id) {
        VideoJob job = id == null ? null : current.get(id);
        if (job == null || !visibleTo(job, owner)) {
            return Optional.empty();
        }
        Set<String> gone = hidden.get(owner);
        return gone != null && gone.contains(id) ? Optional.empty() : Optional.of(job);
    }

    Optional<VideoJob> findAnyOwner(String id) {
        return Optional.ofNullable(id == null ? null : current.get(id));
    }

    /** The declared jobs {@code owner} sees, in creation order. */
    List<VideoJob> visible(String owner) {
        List<String> ids = visibleByKey.getOrDefault(ApiCaller.keyOf(owner), visibleToAll);
        if (ids.isEmpty()) {
            return List.of();
        }
        Set<String> gone = hidden.getOrDefault(owner, Set.of());
        List<VideoJob> jobs = new ArrayList<>(ids.size());
        for (String id : ids) {
            VideoJob job = current.get(id);
            if (job != null && !gone.contains(id)) {
                jobs.add(job);
            }
        }
        return jobs;
    }

    /** Hides the job from {@code owner} alone. */
    Optional<VideoJob> delete(String owner, String id) {
        Optional<VideoJob> job = find(owner, id);
        job.ifPresent(found -> hidden.computeIfAbsent(owner, o -> ConcurrentHashMap.newKeySet()).add(id));
        return job;
    }

    /** Replaces a declared job for everyone (the control API's forced transitions) until the next restore. */
    Optional<VideoJob> update(String id, UnaryOperator<VideoJob> change) {
        return Optional.ofNullable(current.computeIfPresent(id, (key, job) -> change.apply(job)));
    }

    /** Every declared job as it is now, newest first. */
    Stream<VideoJob> newestFirst() {
        return newestFirst.stream().map(current::get).filter(Objects::nonNull);
    }

    private static boolean visibleTo(VideoJob job, String owner) {
        return job.owner().equals(EVERY_KEY) || job.owner().equals(ApiCaller.keyOf(owner));
    }
}
