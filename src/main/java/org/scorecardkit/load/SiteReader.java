package org.scorecardkit.load;

import java.util.ArrayList;
import java.util.List;
import org.scorecardkit.model.Paper;
import org.scorecardkit.model.Site;

/** Reads {@code site.yaml} into a {@link Site}, reporting every mistake to the file. */
final class SiteReader {
    private SiteReader() {
    }

    static Site read(SourceFile src, YamlNode root) {
        Fields f = Fields.of(src, root, "site.yaml", Keys.SITE);
        String title = f.text("title", true);
        String organisation = f.text("organisation", true);
        String language = f.has("language") ? f.text("language", false) : "en";
        String baseUrl = f.text("base_url", false);
        if (baseUrl != null && !baseUrl.matches("https?://\\S+/")) {
            src.error(f.at("base_url"), "\"base_url\" must be a web address starting with http(s):// and ending in /, not \""
                    + baseUrl + "\"", "write the full address of the site's folder, e.g. \"https://example.org/survey/\"");
            baseUrl = null;
        }
        Paper paper = f.choice("paper", Paper.values(), Paper::yamlName, "paper size", false);
        return new Site(title == null ? "" : title, organisation == null ? "" : organisation,
                f.text("description", false), language, baseUrl, paper == null ? Paper.A4 : paper, slugs(f, "nav", "a page", "workshop"),
                slugs(f, "instruments", "an instrument", "skillset"));
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
