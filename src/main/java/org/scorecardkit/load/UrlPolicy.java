package org.scorecardkit.load;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The allow-list for every link and address the site writes: http, https and mailto addresses,
 * relative links and fragments, judged as a browser would read them (after entities and
 * percent-escapes are decoded, whitespace and control characters removed, and case folded), so
 * {@code JaVaScRiPt:}, {@code java&#9;script:} or {@code &#106;avascript:} are refused like
 * {@code javascript:}. The loader refuses such links and the HTML renderer drops them.
 */
public final class UrlPolicy {
    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));?");
    private static final Pattern PERCENT = Pattern.compile("%([0-9a-fA-F]{2})");
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://[^/?#\\s]+\\S*");
    /** Each round undoes one layer of encoding; a few cover any honest link, and more cannot loop. */
    private static final int ROUNDS = 4;

    private UrlPolicy() {
    }

    /** Whether a link may be written: http(s), mailto, relative (also "//host/…") or a fragment. */
    public static boolean allowed(String url) {
        if (url == null) {
            return true;
        }
        String s = normalised(url);
        int colon = s.indexOf(':');
        int pathStart = firstOf(s, "/?#");
        // A colon after the first "/", "?" or "#" belongs to the path or query, not to a scheme.
        return colon < 0 || colon > pathStart || SCHEMES.contains(s.substring(0, colon));
    }

    /** Whether a value is a full web address: http:// or https://, a host, and no spaces or control characters. */
    public static boolean isWebAddress(String url) {
        return url != null && WEB_ADDRESS.matcher(url).matches() && url.chars().noneMatch(Character::isISOControl);
    }

    /** The link as a browser decides its scheme: decoded, without whitespace or control characters, lower case. */
    static String normalised(String url) {
        String s = url;
        for (int round = 0; round < ROUNDS; round++) {
            String next = percentDecoded(Escaping.unescapeHtml(numericEntitiesDecoded(s)));
            if (next.equals(s)) {
                break;
            }
            s = next;
        }
        StringBuilder kept = new StringBuilder(s.length());
        s.codePoints().filter(c -> !(Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)))
                .forEach(kept::appendCodePoint);
        return kept.toString().toLowerCase(Locale.ROOT);
    }

    /** The link for an error message: control characters shown as escapes, long links shortened. */
    public static String shown(String url) {
        StringBuilder b = new StringBuilder();
        url.codePoints().forEach(c -> {
            if (c == '\t') {
                b.append("\\t");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (Character.isISOControl(c)) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.length() > 60 ? b.substring(0, 59) + "…" : b.toString();
    }

    /** Decimal and hex character references, also without the ";" that browsers forgive. */
    private static String numericEntitiesDecoded(String s) {
        Matcher m = NUMERIC_ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int code = m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2));
            String c = Character.isValidCodePoint(code) ? Character.toString(code) : "\uFFFD";
            m.appendReplacement(out, Matcher.quoteReplacement(c));
        }
        return m.appendTail(out).toString();
    }

    private static String percentDecoded(String s) {
        return PERCENT.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
                Character.toString((char) Integer.parseInt(m.group(1), 16))));
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }
}
