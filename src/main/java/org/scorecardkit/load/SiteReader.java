package org.scorecardkit.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.scorecardkit.model.Brand;
import org.scorecardkit.model.DateOrder;
import org.scorecardkit.model.Paper;
import org.scorecardkit.model.Site;
import org.scorecardkit.model.Submission;

/** Reads {@code site.yaml} into a {@link Site}, reporting every mistake to the file. */
final class SiteReader {
    private SiteReader() {
    }

    /**
     * The site; {@code dir} is the content folder the brand's logo is read from, and {@code problems} takes
     * the mistakes found inside the logo file itself (an SVG's script, say), named by that file.
     */
    static Site read(SourceFile src, YamlNode root, Path dir, List<Problem> problems) {
        Fields f = Fields.of(src, root, "site.yaml", Keys.SITE);
        format(f);
        String title = f.text("title", true);
        String organisation = f.text("organisation", true);
        String language = f.has("language") ? f.text("language", false) : "en";
        String baseUrl = f.text("base_url", false);
        if (baseUrl != null && !(UrlPolicy.isWebAddress(baseUrl) && baseUrl.endsWith("/"))) {
            src.error(f.at("base_url"), "\"base_url\" must be a web address starting with http(s):// and ending in /, not \""
                    + UrlPolicy.shown(baseUrl) + "\"", "write the full address of the site's folder, e.g. \"https://example.org/survey/\"");
            baseUrl = null;
        }
        Paper paper = f.choice("paper", Paper.values(), Paper::yamlName, "paper size", false);
        Submission submission = f.has("submission") ? submission(src, f.node("submission")) : Submission.none();
        return new Site(title == null ? "" : title, organisation == null ? "" : organisation,
                f.text("description", false), language, baseUrl, paper == null ? Paper.A4 : paper,
                f.has("nav") ? slugs(f, "nav", "a page", "workshop") : null, slugs(f, "instruments", "an instrument", "skillset"), submission,
                dateOrder(f), f.has("brand") ? BrandReader.read(src, f.node("brand"), dir, problems) : Brand.neutral());
    }

    /**
     * The optional {@code format}: this release reads every format up to its own; a newer one may mean
     * keys it cannot know, so it says so before the unknown keys do.
     */
    private static void format(Fields f) {
        Integer format = f.integer("format", false);
        if (format == null) {
            return;
        }
        if (format < 1) {
            f.source().error(f.at("format"), "format " + format + " does not exist; the first format is 1",
                    "write \"format: " + Keys.FORMAT + "\", or remove the line");
        } else if (format > Keys.FORMAT) {
            f.source().error(f.at("format"), "format " + format + " is newer than this Scorecard Kit understands (format "
                    + Keys.FORMAT + ")", "install a newer Scorecard Kit release (scorecard --version shows this one)");
        }
    }

    /** The optional {@code date_order}: dmy or mdy in any case, as {@code tally --date-order} takes it. */
    private static DateOrder dateOrder(Fields f) {
        String v = f.text("date_order", false);
        if (v == null) {
            return null;
        }
        try {
            return DateOrder.of(v.strip());
        } catch (IllegalArgumentException e) {
            List<String> words = java.util.Arrays.stream(DateOrder.values()).map(DateOrder::word).toList();
            String near = Suggest.nearest(v.strip(), words);
            f.source().error(f.at("date_order"), "unknown date order \"" + v + "\" in site.yaml",
                    (near != null ? "did you mean \"" + near + "\"? " : "") + "use dmy when 5/3/2026 means 5 March, "
                            + "mdy when it means 3 May");
            return null;
        }
    }

    private static Submission submission(SourceFile src, YamlNode node) {
        Fields f = Fields.of(src, node, "submission", Keys.SUBMISSION);
        // With a collector the method can only be "post", so it may be left out; without one it says what to do.
        String method = f.choice("method", new String[] {"none", "post"}, m -> m, "submission method", !f.has("collector"));
        if (f.has("collector")) {
            return collector(f, method);
        }
        String url = f.text("url", false);
        boolean netlify = Boolean.TRUE.equals(f.bool("netlify"));
        if (url != null && !UrlPolicy.isWebAddress(url)) {
            src.error(f.at("url"), "\"url\" of submission must be a web address starting with http:// or https://, not \""
                    + UrlPolicy.shown(url) + "\"", "write the endpoint's full address, e.g. \"https://formspree.io/f/yourid\"");
            url = null;
        }
        if (!"post".equals(method)) {
            if (method != null && (url != null || netlify)) {
                src.error(f.at("method"), "submission method \"none\" sends nothing, but a url or netlify is given",
                        "write \"method: post\" to send the answers, or remove url and netlify");
            }
            return Submission.none();
        }
        if (url == null && !netlify && f.isMapping() && !f.has("url")) {
            src.error(f.at("method"), "submission method \"post\" needs an endpoint to send to",
                    "add \"url: https://…\" (e.g. a Formspree form), or \"netlify: true\" when the site is hosted on Netlify");
        }
        return new Submission(true, url, netlify, null);
    }

    /**
     * The kit's own collector ({@code scorecard collect}): an http(s) address without query or fragment, since
     * each form appends {@code /responses/<id>} to it, kept without trailing slashes. A collector is the only
     * place the answers go, so {@code url}, {@code netlify: true} or {@code method: none} beside it is one mistake.
     */
    private static Submission collector(Fields f, String method) {
        String address = f.text("collector", false);
        List<String> others = new ArrayList<>();
        if ("none".equals(method)) {
            others.add("\"method: none\"");
        }
        if (f.has("url")) {
            others.add("\"url\"");
        }
        if (Boolean.TRUE.equals(f.bool("netlify"))) {
            others.add("\"netlify: true\"");
        }
        if (!others.isEmpty()) {
            String listed = String.join(" and ", others);
            f.source().error(f.at("collector"), "submission \"collector\" cannot be combined with " + listed
                    + ": the answers go to one place", "remove " + listed + " to send the answers to your collector, "
                    + "or remove \"collector\" to send them elsewhere");
        }
        if (address == null) {
            return Submission.none();
        }
        if (!UrlPolicy.isWebAddress(address) || address.contains("?") || address.contains("#")) {
            f.source().error(f.at("collector"), "\"collector\" of submission must be a web address starting with http:// "
                    + "or https://, without ? or #, not \"" + UrlPolicy.shown(address) + "\"",
                    "write the address people's browsers reach the collector at, e.g. \"https://collect.example.org\"");
            return Submission.none();
        }
        return new Submission(true, null, false, address.replaceAll("/+$", ""));
    }

    /** The entries of a list of ids with the place each was written, so unknown ids can be reported later. */
    static List<YamlNode.Scalar> entries(YamlNode root, String key) {
        List<YamlNode.Scalar> out = new ArrayList<>();
        if (root instanceof YamlNode.Mapping m && m.get(key) instanceof YamlNode.Sequence s) {
            s.items().stream().filter(n -> n instanceof YamlNode.Scalar).map(n -> (YamlNode.Scalar) n).forEach(out::add);
        }
        return out;
    }

    private static List<String> slugs(Fields f, String key, String what, String example) {
        List<String> slugs = new ArrayList<>();
        YamlNode.Sequence list = f.list(key, false);
        for (YamlNode n : list == null ? List.<YamlNode>of() : list.items()) {
            if (n instanceof YamlNode.Scalar s && !s.isNull()) {
                slugs.add(s.text());
            } else {
                f.source().error(n.at(), "each entry of \"" + key + "\" must be the id of " + what + ", not " + n.describe(),
                        "write one id per line, e.g. \"- " + example + "\"");
            }
        }
        return slugs;
    }
}
