package org.scorecardkit.collect.live;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * One open live page's event stream: writes one event at a time (Jetty allows one pending write), and
 * while a write is pending keeps only the newest figures, so a slow projector never makes memory grow.
 * A failed write, a write stuck too long, or {@link #close} ends the response and tells the owner.
 */
final class LiveStream {
    private final String instrument;
    private final Response response;
    private final Callback done;
    private final Runnable onClose;
    private boolean writing;
    private long writingSince;
    private String next;
    private boolean closed;

    LiveStream(String instrument, Response response, Callback done, Runnable onClose) {
        this.instrument = instrument;
        this.response = response;
        this.done = done;
        this.onClose = onClose;
    }

    String instrument() {
        return instrument;
    }

    /** Sends the figures as a "figures" event, replacing any not yet sent. */
    void figures(String json) {
        send("event: figures\ndata: " + json + "\n\n", true);
    }

    /** Sends a comment line that keeps proxies and the connection from timing out; dropped while busy. */
    void heartbeat(long now, long stuckAfter) {
        synchronized (this) {
            if (writing && now - writingSince > stuckAfter) {
                fail(new TimeoutException("the live page stopped reading its events"));
                return;
            }
        }
        send(": heartbeat\n\n", false);
    }

    /** Sends the opening of the stream: how long a browser should wait before reconnecting. */
    void open(long retryMillis) {
        send("retry: " + retryMillis + "\n\n", true);
    }

    private void send(String event, boolean keep) {
        synchronized (this) {
            if (closed) {
                return;
            }
            if (writing) {
                if (keep) {
                    next = event;
                }
                return;
            }
            writing = true;
            writingSince = System.nanoTime();
        }
        write(event);
    }

    private void write(String event) {
        ByteBuffer bytes = ByteBuffer.wrap(event.getBytes(StandardCharsets.UTF_8));
        response.write(false, bytes, Callback.from(this::written, this::fail));
    }

    private void written() {
        String event;
        synchronized (this) {
            event = next;
            next = null;
            writing = event != null && !closed;
            if (!writing) {
                return;
            }
            writingSince = System.nanoTime();
        }
        write(event);
    }

    /** Ends the stream (the collector stops): completed when idle, else cut off. */
    void close() {
        boolean busy;
        synchronized (this) {
            busy = writing;
        }
        end(busy ? new java.io.IOException("the collector is stopping") : null);
    }

    private void fail(Throwable why) {
        end(why);
    }

    private void end(Throwable why) {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            next = null;
        }
        onClose.run();
        if (why == null) {
            done.succeeded();
        } else {
            done.failed(why);
        }
    }
}
