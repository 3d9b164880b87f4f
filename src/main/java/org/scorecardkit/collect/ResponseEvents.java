package org.scorecardkit.collect;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Tells whoever listens (the live pages) that a response of an instrument was stored: the endpoint
 * calls {@link #stored} after the database confirmed it. Listeners must return at once.
 */
public final class ResponseEvents {
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    /** Adds a listener told the instrument id of every stored response; returns what removes it. */
    public Runnable listen(Consumer<String> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void stored(String instrument) {
        listeners.forEach(l -> l.accept(instrument));
    }
}
