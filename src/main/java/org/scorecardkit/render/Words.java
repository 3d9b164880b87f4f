package org.scorecardkit.render;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every word the kit itself writes on pages, sheets, cards, posters and the page script, looked up by key
 * in the message bundles under {@code org/scorecardkit/words/} for one language (English is the base, so a
 * translation adds {@code site_fr.properties} and the like, not code).
 *
 * <p>A key names its bundle first: {@code site.nav.home} lives in {@code site.properties}. Write keys as
 * whole string literals (no keys built from pieces), so {@code WordsTest} can hold code and bundles together.
 */
public final class Words {
    /** The bundles, one per area of output. */
    public static final List<String> BUNDLES = List.of("kit", "site", "form", "items", "script", "sheets", "cards", "fillable", "collect", "live");
    private static final String BASE = "org.scorecardkit.words.";
    private static final Map<String, Words> CACHE = new ConcurrentHashMap<>();

    private final Map<String, String> words;

    private Words(Map<String, String> words) {
        this.words = Collections.unmodifiableMap(words);
    }

    /** The words for a BCP 47 language tag, e.g. "en" or "pt-BR", falling back key by key to English. */
    public static Words of(String language) {
        String tag = language == null || language.isBlank() ? "en" : language;
        return CACHE.computeIfAbsent(tag, t -> new Words(load(Locale.forLanguageTag(t))));
    }

    private static Map<String, String> load(Locale locale) {
        Map<String, String> all = new TreeMap<>();
        for (String bundle : BUNDLES) {
            try {
                ResourceBundle b = ResourceBundle.getBundle(BASE + bundle, locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                for (String key : b.keySet()) {
                    all.put(key, b.getString(key));
                }
            } catch (MissingResourceException e) {
                // A bundle not written yet holds no words; every key looked up in it fails loudly below.
            }
        }
        return all;
    }

    /** The text for a key; a missing key is a bug of the kit, so it fails at once rather than print a key. */
    public String get(String key) {
        String text = words.get(key);
        if (text == null) {
            throw new IllegalStateException("no words for key " + key);
        }
        return text;
    }

    /** The text with {0}, {1} … replaced by the arguments in order (literally: no MessageFormat quoting rules). */
    public String get(String key, Object... args) {
        String text = get(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** Every key and its text whose key starts with this prefix, e.g. "script." for the page script's words. */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> out = new TreeMap<>();
        words.forEach((k, v) -> {
            if (k.startsWith(prefix)) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** Every key of every bundle. */
    public java.util.Set<String> keys() {
        return words.keySet();
    }
}
