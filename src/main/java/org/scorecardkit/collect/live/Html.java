package org.scorecardkit.collect.live;

/**
 * Builds the admin pages' HTML: everything that comes from content or respondents goes through
 * {@link #text}, so no title, label or answer can open a tag or an attribute (in HTML or inline SVG).
 */
final class Html {
    private final StringBuilder out = new StringBuilder(4096);

    /** Appends markup written by the kit itself, as is. */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    /** Appends text, escaped for element content and quoted attribute values alike. */
    Html text(String s) {
        out.append(escape(s));
        return this;
    }

    /** The opening of every admin page: language, title, the kit's style sheet. */
    Html head(String language, String title) {
        return raw("<!doctype html>\n<html lang=\"").text(language).raw("\"><head><meta charset=\"utf-8\">")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .raw("<title>").text(title).raw("</title><link rel=\"stylesheet\" href=\"")
                .raw(AdminRoutes.STYLE).raw("\"></head>\n");
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
