package org.scorecardkit.scan.output;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The interface text of review.html, from the message bundle {@code org/scorecardkit/scan/output/review.properties}. */
public final class ReviewText {
    private static final String BUNDLE = "org.scorecardkit.scan.output.review";
    private final ResourceBundle bundle;

    /** The text in {@code locale}'s language, English when the bundle has no translation for it. */
    public ReviewText(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text under {@code key} with {0}, {1}, … replaced by {@code args} (no other formatting, so quotes stay as written). */
    public String get(String key, Object... args) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("review.properties lacks the key " + key, e);
        }
        for (int k = 0; k < args.length; k++) {
            text = text.replace("{" + k + "}", String.valueOf(args[k]));
        }
        return text;
    }
}
