package org.scorecardkit.render.html;

import gg.jte.Content;
import java.util.List;
import org.scorecardkit.load.UrlPolicy;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Page;
import org.scorecardkit.model.SiteContent;
import org.scorecardkit.model.SitePaths;
import org.scorecardkit.model.Submission;

/**
 * What every template needs about the page being rendered: the site, where the page sits (so links
 * can be relative), the menu, and Markdown rendering for this page.
 *
 * @param path where the page is written, relative to the site root, e.g. "skillset/index.html"
 */
public record View(SiteContent content, String path, String title, MarkdownRenderer markdown) {

    /** A root-relative path made relative to this page, e.g. "assets/style.css" → "../assets/style.css". */
    public String link(String rootPath) {
        return SitePaths.toRoot(path) + rootPath;
    }

    public Content md(String markdown) {
        return this.markdown.block(markdown, path);
    }

    public Content inline(String markdown) {
        return this.markdown.inline(markdown, path);
    }

    /** The address when it is a full http(s) web address, else null, so a template links only to those. */
    public String webAddress(String url) {
        return UrlPolicy.isWebAddress(url) ? url : null;
    }

    public List<Page> nav() {
        return content.navPages();
    }

    public boolean current(String rootPath) {
        return path.equals(rootPath);
    }

    /** The kit's own words in the site's language. */
    public org.scorecardkit.render.Words words() {
        return org.scorecardkit.render.Words.of(language());
    }

    /** The kit's words for a key (see {@link org.scorecardkit.render.Words}). */
    public String t(String key) {
        return words().get(key);
    }

    /** The kit's words for a key with {0}, {1} … filled in. */
    public String t(String key, Object... args) {
        return words().get(key, args);
    }

    /** The organisation's logo and colours. */
    public org.scorecardkit.model.Brand brand() {
        return content.site().brand();
    }

    public String language() {
        return content.site().language();
    }

    /** Where this site's forms send answers. */
    public Submission submission() {
        return content.site().submission();
    }

    /** The instrument's form action attribute, or null when the form sends nothing. */
    public String formAction(Instrument instrument) {
        return FormAction.of(submission(), instrument.id());
    }

    /** The instrument's data island for scorecard.js, already escaped for a script element. */
    public String instrumentJson(Instrument instrument) {
        return InstrumentJson.of(instrument, submission(), markdown, path);
    }
}
