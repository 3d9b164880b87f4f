import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load generator of bench/collect.sh: CLIENTS loopback clients, each on its own keep-alive socket,
 * post NPS answers with distinct submission ids to a running collector as fast as it answers, for a
 * warm-up and then a measured period; prints the measured submissions per second, p50/p99/max latency,
 * the errors, and the total acknowledged (201) over both periods. RATE 0 (the default) is a closed loop:
 * each client posts again as soon as it has its answer, which finds the most the collector can take.
 * RATE N is an open loop: the clients together send N posts a second on a fixed schedule, each client
 * every CLIENTS/N seconds, and a latency counts from when its post was due, not from when it was sent,
 * so a stall is not hidden by the posts it held back. Raw HTTP/1.1 over sockets, not
 * java.net.http, so that on a 2-core machine the clients cost the collector as little CPU as they can.
 *
 * <pre>
 * java bench/CollectLoad.java load HOST PORT CLIENTS WARMUP_S MEASURE_S RUN [RATE]
 * java -cp 'target/lib/*' bench/CollectLoad.java count JDBC_URL INSTRUMENT
 * </pre>
 */
public final class CollectLoad {
    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("count")) {
            count(args[1], args[2]);
        } else if ((args.length == 7 || args.length == 8) && args[0].equals("load")) {
            load(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Integer.parseInt(args[5]), args[6], args.length == 8 ? Double.parseDouble(args[7]) : 0);
        } else {
            System.err.println("usage: CollectLoad load HOST PORT CLIENTS WARMUP_S MEASURE_S RUN | count JDBC_URL INSTRUMENT");
            System.exit(2);
        }
    }

    private static void count(String url, String instrument) throws Exception {
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*), COUNT(DISTINCT submission) FROM responses WHERE instrument = ?")) {
            s.setString(1, instrument);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                System.out.println("stored=" + r.getLong(1) + " distinct=" + r.getLong(2));
            }
        }
    }

    /** What one client saw: latencies of the measured period (microseconds), and counts. */
    static final class Client {
        long[] micros = new long[4096];
        int n;
        long acknowledged;
        long errors;
        long reconnects;
        String lastError;

        void latency(long us) {
            if (n == micros.length) {
                micros = Arrays.copyOf(micros, n * 2);
            }
            micros[n++] = us;
        }
    }

    private static void load(String host, int port, int clients, int warmup, int measure, String run, double rate)
            throws Exception {
        // Open loop: one client's posts are this many nanoseconds apart, the clients staggered across it.
        long every = rate > 0 ? (long) (clients * 1e9 / rate) : 0;
        long origin = System.nanoTime();
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        AtomicLong measuredAcks = new AtomicLong();
        CountDownLatch done = new CountDownLatch(clients);
        List<Client> all = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            Client client = new Client();
            all.add(client);
            int id = t;
            long first = origin + (every == 0 ? 0 : every * t / clients);
            Thread thread = new Thread(() -> {
                try {
                    drive(host, port, run + "-" + id, client, measuring, stop, measuredAcks, first, every);
                } finally {
                    done.countDown();
                }
            }, "client-" + t);
            thread.setDaemon(true);
            thread.start();
        }
        Thread.sleep(warmup * 1000L);
        long acksBefore = measuredAcks.get();
        long start = System.nanoTime();
        measuring.set(true);
        Thread.sleep(measure * 1000L);
        measuring.set(false);
        long acksDuring = measuredAcks.get() - acksBefore;
        double seconds = (System.nanoTime() - start) / 1e9;
        stop.set(true);
        done.await();
        report(all, acksDuring, seconds);
    }

    private static void report(List<Client> all, long acksDuring, double seconds) {
        long total = 0;
        long errors = 0;
        long reconnects = 0;
        String lastError = null;
        int samples = all.stream().mapToInt(c -> c.n).sum();
        long[] us = new long[samples];
        int at = 0;
        for (Client c : all) {
            System.arraycopy(c.micros, 0, us, at, c.n);
            at += c.n;
            total += c.acknowledged;
            errors += c.errors;
            reconnects += c.reconnects;
            lastError = c.lastError != null ? c.lastError : lastError;
        }
        Arrays.sort(us);
        System.out.printf(Locale.ROOT, "submissions/s=%.0f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f measured=%d errors=%d reconnects=%d acknowledged=%d%n",
                acksDuring / seconds, pct(us, 0.50), pct(us, 0.99), us.length == 0 ? 0 : us[us.length - 1] / 1000.0,
                acksDuring, errors, reconnects, total);
        if (lastError != null) {
            System.out.println("last error: " + lastError);
        }
    }

    private static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1000.0;
    }

    /** One client: posts until told to stop, reconnecting when the server closes the connection. */
    private static void drive(String host, int port, String prefix, Client client, AtomicBoolean measuring,
                              AtomicBoolean stop, AtomicLong measuredAcks, long first, long every) {
        long i = 0;
        long due = first;
        Socket socket = null;
        InputStream in = null;
        while (!stop.get()) {
            try {
                if (socket == null) {
                    socket = new Socket();
                    socket.setTcpNoDelay(true);
                    socket.connect(new InetSocketAddress(host, port), 5000);
                    socket.setSoTimeout(30_000);
                    in = new BufferedInputStream(socket.getInputStream(), 8192);
                }
                String body = "instrument=nps&version=1&recommend=" + (i % 11) + "&reason=bench&_elapsed=5&_id=" + prefix + "-" + i;
                i++;
                long t0 = System.nanoTime();
                if (every > 0) {
                    if (due > t0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(due - t0);
                    }
                    t0 = due;
                    due += every;
                }
                boolean measured = measuring.get();
                int answer = post(socket, in, host, port, body);
                long us = (System.nanoTime() - t0) / 1000;
                int status = Math.abs(answer);
                if (status == 201) {
                    client.acknowledged++;
                    if (measured) {
                        measuredAcks.incrementAndGet();
                    }
                } else {
                    client.errors++;
                    client.lastError = "HTTP " + status;
                }
                if (measured) {
                    client.latency(us);
                }
                if (answer < 0) {
                    // The server closed the connection after answering: open another.
                    client.reconnects++;
                    close(socket);
                    socket = null;
                }
            } catch (IOException e) {
                client.errors++;
                client.reconnects++;
                client.lastError = e.toString();
                close(socket);
                socket = null;
            }
        }
        close(socket);
    }

    private static int post(Socket socket, InputStream in, String host, int port, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST /responses/nps HTTP/1.1\r\nHost: " + host + ":" + port
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nAccept: application/json\r\nContent-Length: "
                + b.length + "\r\n\r\n";
        OutputStream out = socket.getOutputStream();
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(h, h.length + b.length);
        System.arraycopy(b, 0, all, h.length, b.length);
        out.write(all);
        out.flush();
        return readResponse(in);
    }

    /**
     * Reads one response (status line, headers, a Content-Length or chunked body) and returns its status,
     * negated when the server closes the connection after it.
     */
    private static int readResponse(InputStream in) throws IOException {
        String status = line(in);
        if (status == null) {
            throw new IOException("connection closed");
        }
        int code = Integer.parseInt(status.split(" ")[1]);
        long length = 0;
        boolean chunked = false;
        boolean close = false;
        for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
            String lower = h.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                close = true;
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(line(in).strip(), 16); size > 0; size = Long.parseLong(line(in).strip(), 16)) {
                in.readNBytes((int) size);
                line(in);
            }
            line(in);
        } else {
            in.readNBytes((int) length);
        }
        return close ? -code : code;
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder s = new StringBuilder();
        for (int c = in.read(); c != -1; c = in.read()) {
            if (c == '\n') {
                int len = s.length();
                return len > 0 && s.charAt(len - 1) == '\r' ? s.substring(0, len - 1) : s.toString();
            }
            s.append((char) c);
        }
        return s.length() == 0 ? null : s.toString();
    }

    private static void close(Socket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
