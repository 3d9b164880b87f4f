package org.scorecardkit.tally.aggregate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scorecardkit.model.Band;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Score;
import org.scorecardkit.model.Scorer;
import org.scorecardkit.model.Section;
import org.scorecardkit.tally.check.Layout;
import org.scorecardkit.tally.check.Row;

/**
 * Scores rows with {@link Scorer}, the one place the scoring rules live, remembering the result for
 * each distinct combination of answers: a million NPS rows hold only 22 distinct combinations, so
 * the Scorer runs 22 times. Free text enters the key only as answered or not, because the Scorer
 * never scores text. Produces, per row, the score with its value, band and section coverages as
 * ids ready for counting.
 */
public final class ScoreCache {
    /** Beyond this many distinct combinations, new ones are scored without being remembered. */
    private static final int MAX_ENTRIES = 1 << 16;
    /** Up to this many possible combinations (NPS: 24), scores are kept in an array indexed by the key. */
    private static final int DIRECT = 1 << 12;
    /** How many rows make a window over which the cache must earn its keep. */
    private static final int WINDOW = 1 << 14;

    private final Layout layout;
    private final Scorer scorer;
    private final ScoreValues values;
    private final long[] radix;
    private boolean keyed;
    private int lookups;
    private int misses;
    private final Map<Long, Scored> cache = new HashMap<>();
    /** The scores by key when every key is below {@link #DIRECT}: no hashing and no boxed key per row; else null. */
    private final Scored[] direct;
    private final RowAnswers view;
    private final List<Band> bands;
    private final List<Section> sections;
    /** The section ids of a score without coverages, shared by all of them (read-only, like every sectionIds). */
    private final int[] noCoverage;

    /**
     * One row's score.
     *
     * @param valueId the score's {@link ScoreValues} id, or -1 when the row has no score
     * @param band the band's position in the scoring, or -1
     * @param sectionIds per section of the instrument, the coverage's value id, or -1
     */
    public record Scored(Score score, int valueId, int band, int[] sectionIds) {
    }

    public ScoreCache(Layout layout, ScoreValues values) {
        this.layout = layout;
        this.scorer = Scorer.of(layout.instrument());
        this.values = values;
        Instrument instrument = layout.instrument();
        this.bands = instrument.scoring().bands();
        this.sections = instrument.sections();
        this.noCoverage = new int[sections.size()];
        java.util.Arrays.fill(noCoverage, -1);
        this.view = new RowAnswers(layout);
        this.radix = new long[layout.size()];
        double space = 1;
        for (int i = 0; i < radix.length; i++) {
            radix[i] = layout.column(i).codeCount();
            space *= radix[i];
        }
        // A key must fit in a long; past that, every row goes to the Scorer.
        this.keyed = space < 0x1p62;
        this.direct = space <= DIRECT ? new Scored[(int) space] : null;
    }

    public Scored score(Row row) {
        return score(row.codes(), row, null);
    }

    /** The score of saved codes (texts per column or null: the Scorer never scores text). */
    public Scored score(int[] codes, String[] texts) {
        return score(codes, null, texts);
    }

    private Scored score(int[] codes, Row row, String[] texts) {
        if (!keyed) {
            return compute(codes, row, texts);
        }
        long key = 0;
        for (int i = 0; i < radix.length; i++) {
            key = key * radix[i] + codes[i];
        }
        if (direct != null) {
            Scored s = direct[(int) key];
            return s != null ? s : (direct[(int) key] = compute(codes, row, texts));
        }
        Scored s = cache.get(key);
        if (s == null) {
            s = compute(codes, row, texts);
            misses++;
            if (cache.size() < MAX_ENTRIES) {
                cache.put(key, s);
            }
        }
        if (++lookups == WINDOW) {
            review();
        }
        return s;
    }

    /**
     * Stops remembering when most rows of the last window were new combinations (a dozen ratings
     * give millions): the map would only cost memory and time.
     */
    private void review() {
        if (misses * 2 > lookups) {
            keyed = false;
            cache.clear();
        }
        lookups = 0;
        misses = 0;
    }

    /** Whether remembering scores pays: false once answers proved too varied to repeat. */
    public boolean remembering() {
        return keyed;
    }

    /** The score of a row: the one worked out ahead on the reader's thread, or from the cache or the Scorer. */
    public Scored scoreOf(Row row) {
        return row.scored() != null ? counted(row.scored()) : score(row);
    }

    private Scored compute(int[] codes, Row row, String[] texts) {
        // Not thread-safe: each thread that scores has a cache of its own.
        Map<String, Object> answers = row != null ? view.of(row) : view.of(codes, texts);
        return counted(scorer.score(answers));
    }

    private static int indexOf(List<Band> bands, Band band) {
        for (int b = 0; b < bands.size(); b++) {
            if (bands.get(b) == band) {
                return b;
            }
        }
        return bands.indexOf(band);
    }

    /** A score with its value, band and section coverages as ids ready for counting. */
    private Scored counted(Score score) {
        int valueId = score.value() == null ? -1 : values.id(score.value());
        // The Scorer returns one of the scoring's own bands, so identity settles it without comparing texts.
        int band = score.band() == null ? -1 : indexOf(bands, score.band());
        // Only coverage scoring has section coverages: the other scores share one array, not one a row.
        int[] sectionIds = noCoverage;
        if (!score.sections().isEmpty()) {
            sectionIds = new int[sections.size()];
            for (int s = 0; s < sectionIds.length; s++) {
                Double coverage = score.sections().get(sections.get(s).id());
                sectionIds[s] = coverage == null ? -1 : values.id(coverage);
            }
        }
        return new Scored(score, valueId, band, sectionIds);
    }
}
