package org.scorecardkit.render.html;

/**
 * The home introduction ({@code pages/index.md}) cut after its opening level-one heading, so the
 * home page can show the site's description as the lead right under that heading.
 *
 * @param heading the Markdown of the opening "# " heading, or "" when the introduction opens otherwise
 * @param rest the Markdown after it
 */
public record HomeIntro(String heading, String rest) {

    /** Cuts the introduction; one that does not open with a "# " heading is all rest. */
    public static HomeIntro of(String markdown) {
        String text = markdown == null ? "" : markdown;
        int start = 0;
        while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
            start++;
        }
        if (!text.startsWith("# ", start)) {
            return new HomeIntro("", text);
        }
        int end = text.indexOf('\n', start);
        if (end < 0) {
            return new HomeIntro(text.substring(start), "");
        }
        return new HomeIntro(text.substring(start, end + 1), text.substring(end + 1));
    }
}
