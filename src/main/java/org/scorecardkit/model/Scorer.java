package org.scorecardkit.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores one respondent's answers by an instrument's scoring rules. The site's scorecard.js follows
 * the same rules, step by step, so the browser and the tally always give the same numbers.
 */
public final class Scorer {
    private static final int GROW_ITEMS = 3;

    private Scorer() {
    }

    /**
     * The score of a set of answers, keyed by item id: an Integer (or other Number) for a rating, the
     * value String for a single choice or a check item ("yes", "partly", "no"), a List of values for a
     * multiple choice, a String for text. An absent or blank answer is no answer, never zero.
     */
    public static Score score(Instrument instrument, Map<String, ?> answers) {
        List<String> missing = instrument.answeredItems().stream()
                .filter(i -> i.required() && !answered(answers.get(i.id()))).map(Item::id).toList();
        Scoring scoring = instrument.scoring();
        if (!missing.isEmpty() || scoring.method() == ScoringMethod.NONE) {
            return new Score(null, null, Map.of(), List.of(), missing);
        }
        List<Item> scored = instrument.scoredItems();
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
                ? sectionCoverage(instrument, answers) : Map.of();
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

    private static Map<String, Double> sectionCoverage(Instrument instrument, Map<String, ?> answers) {
        Map<String, Double> out = new LinkedHashMap<>();
        List<String> scoredIds = instrument.scoring().items();
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
        List<Item> below = new ArrayList<>();
        for (Item item : scored) {
            Double v = value(item, answers.get(item.id()), 0.5);
            if (v != null && item.scale() != null && v < item.scale().max()) {
                below.add(item);
            }
        }
        // A stable sort keeps form order among equal values.
        below.sort(Comparator.comparingDouble(i -> value(i, answers.get(i.id()), 0.5)));
        return below.stream().limit(GROW_ITEMS).map(Item::id).toList();
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
