package org.scorecardkit.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores one respondent's answers by an instrument's scoring rules. The site's scorecard.js follows
 * the same rules, step by step, so the browser and the tally always give the same numbers.
 * A Scorer made once per instrument ({@link #of}) works out the item lists the rules walk up front,
 * which matters when a tally scores a million rows.
 */
public final class Scorer {
    private static final int GROW_ITEMS = 3;

    private final Instrument instrument;
    private final List<Item> answered;
    private final List<Item> scored;
    private final java.util.Set<String> scoredIds;

    private Scorer(Instrument instrument) {
        this.instrument = instrument;
        this.answered = instrument.answeredItems();
        this.scored = instrument.scoredItems();
        this.scoredIds = java.util.Set.copyOf(instrument.scoring().items());
    }

    /** A scorer for many respondents of one instrument. */
    public static Scorer of(Instrument instrument) {
        return new Scorer(instrument);
    }

    /** One respondent's score; see {@link #score(Map)}. */
    public static Score score(Instrument instrument, Map<String, ?> answers) {
        return of(instrument).score(answers);
    }

    /**
     * The score of a set of answers, keyed by item id: an Integer (or other Number) for a rating, the
     * value String for a single choice or a check item ("yes", "partly", "no"), a List of values for a
     * multiple choice, a String for text. An absent or blank answer is no answer, never zero.
     */
    public Score score(Map<String, ?> answers) {
        List<String> missing = new ArrayList<>();
        for (Item i : answered) {
            if (i.required() && !answered(answers.get(i.id()))) {
                missing.add(i.id());
            }
        }
        Scoring scoring = instrument.scoring();
        if (!missing.isEmpty() || scoring.method() == ScoringMethod.NONE) {
            return new Score(null, null, Map.of(), List.of(), missing);
        }
        double sum = 0;
        int n = 0;
        for (Item item : scored) {
            Double v = value(item, answers.get(item.id()), scoring.partly());
            if (v != null) {
                sum += v;
                n++;
            }
        }
        Double value = n == 0 ? null : switch (scoring.method()) {
            case SUM, NPS -> sum;
            case MEAN -> sum / n;
            case COVERAGE -> 100 * sum / n;
            case NONE -> null;
        };
        Map<String, Double> sections = scoring.method() == ScoringMethod.COVERAGE
                ? sectionCoverage(answers) : Map.of();
        List<String> grow = instrument.kind() == Kind.SELF_ASSESSMENT ? grow(scored, answers) : List.of();
        return new Score(value, value == null ? null : scoring.bandOf(value), sections, grow, missing);
    }

    /** The numeric value of a scored answer, or null when unanswered. */
    static Double value(Item item, Object answer, double partly) {
        if (!answered(answer)) {
            return null;
        }
        if (item.type() == ItemType.CHECK) {
            return switch (answer.toString()) {
                case "yes" -> 1.0;
                case "partly" -> partly;
                case "no" -> 0.0;
                default -> null;
            };
        }
        return answer instanceof Number num ? num.doubleValue() : Double.valueOf(answer.toString().strip());
    }

    private Map<String, Double> sectionCoverage(Map<String, ?> answers) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Section section : instrument.sections()) {
            double sum = 0;
            int n = 0;
            for (Item item : section.items()) {
                Double v = scoredIds.contains(item.id()) ? value(item, answers.get(item.id()), instrument.scoring().partly()) : null;
                if (v != null) {
                    sum += v;
                    n++;
                }
            }
            if (n > 0) {
                out.put(section.id(), 100 * sum / n);
            }
        }
        return out;
    }

    private static List<String> grow(List<Item> scored, Map<String, ?> answers) {
        Item[] below = new Item[scored.size()];
        double[] values = new double[scored.size()];
        int count = 0;
        for (Item item : scored) {
            Double v = value(item, answers.get(item.id()), 0.5);
            if (v != null && item.scale() != null && v < item.scale().max()) {
                // Inserting after equal values keeps form order among them, as a stable sort would.
                int at = count++;
                while (at > 0 && values[at - 1] > v) {
                    below[at] = below[at - 1];
                    values[at] = values[at - 1];
                    at--;
                }
                below[at] = item;
                values[at] = v;
            }
        }
        List<String> out = new ArrayList<>(GROW_ITEMS);
        for (int i = 0; i < count && i < GROW_ITEMS; i++) {
            out.add(below[i].id());
        }
        return out;
    }

    private static boolean answered(Object answer) {
        if (answer == null) {
            return false;
        }
        if (answer instanceof String s) {
            return !s.isBlank();
        }
        if (answer instanceof java.util.Collection<?> c) {
            return !c.isEmpty();
        }
        return true;
    }
}
