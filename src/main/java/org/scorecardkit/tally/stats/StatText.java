package org.scorecardkit.tally.stats;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The statistics' interface text, kept in the message bundle {@code StatText.properties} beside
 * this class: for each statistic a one-sentence plain-language note ({@code <key>.note}) and a
 * methods sentence ({@code <key>.method}), so the HTML, PDF and terminal reports say the same.
 */
public final class StatText {
    /** The statistics that have a note and a method, in the order a methods section lists them. */
    public static final List<String> KEYS = List.of("nps.ci95", "nps.vs_rest", "alpha.ci95", "alpha.if_dropped",
            "alpha.item_rest", "change.ci95", "small");

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.scorecardkit.tally.stats.StatText", Locale.ROOT);

    private StatText() {
    }

    /** The text of a key as written in the bundle, placeholders left in. */
    public static String get(String key) {
        return BUNDLE.getString(key);
    }

    /** The text of a key with its placeholders {0}, {1}… filled in by {@code args}, in order. */
    public static String format(String key, Object... args) {
        return new MessageFormat(get(key), Locale.ROOT).format(args);
    }
}
