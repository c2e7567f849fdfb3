package dev.videoapiemulator.engine;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Who wants to hear of each new record (the dashboard's event stream, the console log). Publishing
 * costs one volatile read while nobody listens; a listener must not block, as it runs on the
 * publisher's thread, and one that throws is logged and kept, so it cannot fail the publisher.
 */
public final class Listeners<T> {

    private static final Logger LOG = Logger.getLogger(Listeners.class);

    private final List<Consumer<? super T>> listeners = new CopyOnWriteArrayList<>();

    public void add(Consumer<? super T> listener) {
        listeners.add(listener);
    }

    public void publish(T item) {
        for (Consumer<? super T> listener : listeners) {
            try {
                listener.accept(item);
            } catch (RuntimeException e) {
                LOG.warn("a listener failed", e);
            }
        }
    }
}
