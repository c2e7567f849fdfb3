package dev.videoapiemulator.webhook;

import dev.videoapiemulator.api.ApiCaller;
import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.config.EmulatorConfig;
import dev.videoapiemulator.engine.OwnedStore;
import dev.videoapiemulator.engine.Page;
import dev.videoapiemulator.engine.RandomIds;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The endpoints registered through the official API, kept per owner (an API key within a test id)
 * like jobs are: a key sees only its own, and each key holds at most
 * {@code emulator.webhooks.max-endpoints-per-key}. A full key is refused a new endpoint; nothing
 * registered is ever dropped to make room.
 */
@Singleton
public class KeyEndpoints {

    private final OwnedStore<KeyEndpoint> store;
    private final int maxPerKey;
    private final int maxTotal;

    public KeyEndpoints(EmulatorConfig config) {
        this.maxPerKey = config.webhooks().maxEndpointsPerKey();
        this.maxTotal = config.webhooks().maxEndpoints();
        this.store = new OwnedStore<>(maxPerKey, maxTotal);
    }

    public KeyEndpoint create(String owner, String name, String url, List<String> eventTypes, Instant now) {
        KeyEndpoint endpoint = new KeyEndpoint("whe_" + RandomIds.timePrefixed(now.getEpochSecond(), 24), owner,
                store.nextSequence(), now, null, name, url, eventTypes, WebhookSignature.newSecret(), null, null);
        if (!store.addIfRoom(endpoint)) {
            String limit = store.size() >= maxTotal
                    ? "The emulator holds the most webhook endpoints it keeps for all keys together (" + maxTotal
                            + ", emulator.webhooks.max-endpoints)"
                    : "You have reached the maximum number of webhook endpoints (" + maxPerKey
                            + ", emulator.webhooks.max-endpoints-per-key)";
            throw ApiError.badRequest(limit + "; delete one before creating another.", null,
                    "webhook_endpoint_limit_reached").exception();
        }
        return endpoint;
    }

    public Optional<KeyEndpoint> find(String owner, String id) {
        return store.find(owner, id);
    }

    /** Replaces what is given; a null {@code name}, {@code url} or {@code eventTypes} keeps the current one. */
    public Optional<KeyEndpoint> update(String owner, String id, String name, String url, List<String> eventTypes,
            Instant now) {
        return store.update(owner, id, current -> current.changed(name != null ? name : current.name(),
                url != null ? url : current.url(), eventTypes != null ? eventTypes : current.eventTypes(), now));
    }

    /** A new secret; with {@code keepOld} the current one keeps signing for {@link KeyEndpoint#OVERLAP}. */
    public Optional<KeyEndpoint> rotate(String owner, String id, boolean keepOld, Instant now) {
        return store.update(owner, id, current -> current.rotated(WebhookSignature.newSecret(), keepOld, now));
    }

    public Optional<KeyEndpoint> delete(String owner, String id) {
        return store.delete(owner, id);
    }

    /** Newest first, after the endpoint {@code afterId} when given. */
    public Page<KeyEndpoint> page(String owner, String afterId, int limit) {
        return store.page(owner, afterId, limit, false, endpoint -> true);
    }

    /** The owner's endpoints subscribed to {@code type}, oldest first. */
    List<KeyEndpoint> hearing(String owner, String type) {
        return store.page(owner, null, maxPerKey, true, endpoint -> endpoint.hears(type)).items();
    }

    /** Every key's endpoints, or those of one test id's requests; for the control API. */
    List<KeyEndpoint> list(String testId) {
        return store.newestFirst().stream()
                .filter(e -> testId == null || testId.equals(ApiCaller.testIdOf(e.owner()))).toList();
    }

    /** Removes any key's endpoint, for the control API; false when there is none. */
    boolean remove(String id) {
        return store.findAnyOwner(id).flatMap(e -> store.delete(e.owner(), id)).isPresent();
    }

    /** Drops the endpoints registered with one test id, or all of them for null. */
    void reset(String testId) {
        store.removeIf(e -> testId == null || testId.equals(ApiCaller.testIdOf(e.owner())));
    }
}
