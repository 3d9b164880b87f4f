package org.scorecardkit.tally.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.scorecardkit.tally.stats.Summary;

/**
 * Renders report.html from the precompiled jte templates (templates/report.jte and its report-*
 * partials): one self-contained, printable page with inline styles, SVG charts with text
 * alternatives and the inline present-mode script, loading nothing from elsewhere, so it works
 * opened from disk; every text from the responses is escaped by jte.
 */
public final class HtmlReport {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private HtmlReport() {
    }

    public static String of(Summary summary) {
        return of(ReportViews.of(summary));
    }

    public static String of(ReportView view) {
        StringOutput out = new StringOutput();
        ENGINE.render("report.jte", view, out);
        return out.toString();
    }
}
