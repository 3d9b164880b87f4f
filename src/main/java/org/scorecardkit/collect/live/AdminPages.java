package org.scorecardkit.collect.live;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.ToLongFunction;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.render.Words;

/** Renders the sign-in page (one password field) and the list of instruments with their live and export links. */
final class AdminPages {
    private AdminPages() {
    }

    /**
     * @param next the local path to go to once signed in, or null
     * @param problem the sentence saying why the last try failed, or null
     */
    static String login(Words words, String language, String next, String problem) {
        Html h = new Html().head(language, words.get("live.login.title"));
        h.raw("<body class=\"admin\"><main class=\"login panel\"><h1>").text(words.get("live.login.title")).raw("</h1>");
        if (problem != null) {
            h.raw("<p class=\"problem\" role=\"alert\">").text(problem).raw("</p>");
        }
        h.raw("<p>").text(words.get("live.login.lead")).raw("</p><p><code>").text(words.get("live.login.command"))
                .raw("</code></p><form method=\"post\" action=\"/admin/login\">");
        if (next != null) {
            h.raw("<input type=\"hidden\" name=\"next\" value=\"").text(next).raw("\">");
        }
        h.raw("<label for=\"token\">").text(words.get("live.login.token")).raw("</label>")
                .raw("<input id=\"token\" name=\"token\" type=\"password\" autocomplete=\"current-password\" required autofocus>")
                .raw("<button type=\"submit\">").text(words.get("live.login.submit")).raw("</button></form></main></body></html>\n");
        return h.toString();
    }

    /** The instruments people answer, each with its stored count, a link to its live page and its downloads. */
    static String index(Words words, String language, String admin, List<Instrument> instruments, ToLongFunction<Instrument> count) {
        Html h = new Html().head(language, words.get("live.index.title"));
        h.raw("<body class=\"admin\"><main class=\"index\"><header class=\"index-top\"><h1>").text(words.get("live.index.title"))
                .raw("</h1><form method=\"post\" action=\"/admin/logout\"><span>").text(words.get("live.index.signed-in", admin))
                .raw("</span> <button type=\"submit\">").text(words.get("live.index.sign-out")).raw("</button></form></header><ul class=\"instruments\">");
        for (Instrument i : instruments) {
            String id = URLEncoder.encode(i.id(), StandardCharsets.UTF_8).replace("+", "%20");
            h.raw("<li class=\"panel\"><h2>").text(i.title()).raw("</h2><p>")
                    .text(words.get("live.index.responses", org.scorecardkit.tally.report.Figures.count(count.applyAsLong(i))))
                    .raw("</p><p><a class=\"button\" href=\"/live/").text(id).raw("\">").text(words.get("live.index.live"))
                    .raw("</a></p><p>").text(words.get("live.index.download"));
            for (String ext : List.of("csv", "jsonl", "xlsx")) {
                h.raw(" <a href=\"/export/").text(id).raw(".").raw(ext).raw("\">.").raw(ext).raw("</a>");
            }
            h.raw("</p></li>");
        }
        h.raw("</ul></main></body></html>\n");
        return h.toString();
    }
}
