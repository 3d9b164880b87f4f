package org.scorecardkit.collect;

import java.util.List;
import org.scorecardkit.render.Words;

/**
 * The collector's own two small pages, in the instrument's language: the thanks page (when neither
 * base_url nor a served site has one) and the page listing why a plain form post was refused. Every text
 * on them, the respondent's own included, is escaped.
 */
final class Pages {
    private final Words words;
    private final String language;

    Pages(String language) {
        this.language = language == null || language.isBlank() ? "en" : language;
        this.words = Words.of(this.language);
    }

    Words words() {
        return words;
    }

    /** The thanks page for an instrument of this title. */
    String thanks(String title) {
        return page(words.get("collect.thanks.title"), "<p>" + escape(words.get("collect.thanks.lead", title)) + "</p>");
    }

    /** The page listing every reason, with a link back to the form when there is an address for it. */
    String errors(List<Reply.Error> errors, String back) {
        StringBuilder body = new StringBuilder("<p>").append(escape(words.get("collect.errors.lead"))).append("</p>\n<ul>\n");
        for (Reply.Error e : errors) {
            body.append("<li>");
            if (e.field() != null) {
                body.append("<code>").append(escape(e.field())).append("</code>: ");
            }
            body.append(escape(e.message())).append("</li>\n");
        }
        body.append("</ul>\n");
        if (back != null) {
            body.append("<p><a href=\"").append(escape(back)).append("\">").append(escape(words.get("collect.errors.back")))
                    .append("</a></p>\n");
        }
        return page(words.get("collect.errors.title"), body.toString());
    }

    private String page(String title, String body) {
        return "<!doctype html>\n<html lang=\"" + escape(language) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape(title) + "</title>\n"
                + "<style>body{font:1.1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}</style>\n"
                + "</head>\n<body>\n<main>\n<h1>" + escape(title) + "</h1>\n" + body + "</main>\n</body>\n</html>\n";
    }

    /** Text as HTML text or a quoted attribute value. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
