package org.scorecardkit.tally.db;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import org.scorecardkit.collect.store.Database;
import org.scorecardkit.collect.store.ResponseStore;
import org.scorecardkit.collect.store.StoredResponse;

/**
 * Stores generated responses of the tally fixture instruments (pulse: one item of every type; trio:
 * three ratings for alpha; mini: a coverage checklist) through a collector's store, as the collector
 * would after checking them: respondents answering twice, rows of another version, items left blank,
 * several choices, free text with commas, quotes, line breaks and leading formula marks, groups and
 * dates across months. Produces the count of rows stored per instrument.
 */
final class StoredFixture {
    /** Received times start here and step a minute per row, so that --since cuts the rows in two. */
    static final Instant START = Instant.parse("2026-01-10T08:00:00Z");
    static final String[] GROUPS = {"North", "South", "East, \"West\"", null};
    static final String[] TEXTS = {"fine", "slow, but \"ok\"", "line one\nline two", "=SUM(A1:A9)", "+1 more", "-minus",
        "@home", "plain text", "naïve café — ünïcödé", "tab\tinside"};

    private final Random random = new Random(13);
    private final ResponseStore store;
    private int serial;

    StoredFixture(Database db) {
        this.store = db.responses();
    }

    /** Stores {@code n} responses of each instrument, interleaved, and a few made to be rejected. */
    void fill(int n) throws ExecutionException, InterruptedException {
        for (int i = 0; i < n; i++) {
            store("pulse", i % 37 == 5 ? "2" : "3", respondent(i), pulse());
            store("trio", i % 41 == 7 ? "1" : "2", respondent(i), trio());
            store("mini", "1", respondent(i), mini());
        }
        // A stored row without answers: the checker rejects it ("no answers"), so must the push-down.
        store("pulse", "3", "nobody", Map.of());
    }

    /** Respondent ids: most distinct, some answering again later, some blank (never a duplicate). */
    private String respondent(int i) {
        if (i % 11 == 3) {
            return null;
        }
        return i % 9 == 8 ? "p" + (i / 3) : "p" + i;
    }

    private Map<String, String> pulse() {
        Map<String, String> a = new LinkedHashMap<>();
        maybe(a, "energy", String.valueOf(1 + random.nextInt(4)));
        maybe(a, "channel", random.nextBoolean() ? "chat" : "email");
        StringBuilder tools = new StringBuilder();
        for (String t : new String[] {"wiki", "board", "bot"}) {
            if (random.nextInt(3) == 0) {
                tools.append(tools.isEmpty() ? "" : ";").append(t);
            }
        }
        maybe(a, "tools", tools.toString());
        maybe(a, "followed-up", new String[] {"yes", "partly", "no"}[random.nextInt(3)]);
        maybe(a, "comment", TEXTS[random.nextInt(TEXTS.length)]);
        if (a.isEmpty()) {
            a.put("energy", "2");
        }
        return a;
    }

    private Map<String, String> trio() {
        Map<String, String> a = new LinkedHashMap<>();
        for (String id : new String[] {"a", "b", "c"}) {
            maybe(a, id, String.valueOf(1 + random.nextInt(5)));
        }
        if (a.isEmpty()) {
            a.put("a", "3");
        }
        return a;
    }

    private Map<String, String> mini() {
        Map<String, String> a = new LinkedHashMap<>();
        for (String id : new String[] {"p", "q", "r"}) {
            maybe(a, id, new String[] {"yes", "partly", "no"}[random.nextInt(3)]);
        }
        if (a.isEmpty()) {
            a.put("p", "yes");
        }
        return a;
    }

    /** Most answers given, one in five left blank (not stored, as the collector keeps answered items only). */
    private void maybe(Map<String, String> a, String id, String value) {
        if (!value.isEmpty() && random.nextInt(5) != 0) {
            a.put(id, value);
        }
    }

    private void store(String instrument, String version, String respondent, Map<String, String> answers)
            throws ExecutionException, InterruptedException {
        int i = serial++;
        String group = GROUPS[random.nextInt(GROUPS.length)];
        String date = random.nextInt(10) == 0 ? null : String.format("2026-%02d-%02d", 1 + random.nextInt(6), 1 + random.nextInt(28));
        store.store(new StoredResponse(0, instrument, version, "s" + i, START.plusSeconds(60L * i), respondent, group, date,
                answers)).get();
    }
}
