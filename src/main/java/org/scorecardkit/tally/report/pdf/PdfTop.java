package org.scorecardkit.tally.report.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfTemplate;
import java.util.ArrayList;
import java.util.List;
import org.scorecardkit.model.Logo;
import org.scorecardkit.render.pdf.PdfLogo;
import org.scorecardkit.tally.report.ReportView;

/**
 * The top of report.pdf, as the top of report.html: the organisation's logo, the organisation, the instrument's title, the
 * workshop's title, n and the responses' dates (all from the view's header), then the findings in
 * plain words, each a subheading with its points.
 */
final class PdfTop {
    private final PdfReport report;
    private final ReportView view;

    PdfTop(PdfReport report, ReportView view) {
        this.report = report;
        this.view = view;
    }

    void all() throws DocumentException {
        title();
        findings();
    }

    /** The logo's box at the top: as tall as a title and a line, never wider than a third of the page. */
    static final float LOGO_HEIGHT = 40;
    static final float LOGO_WIDTH = 180;

    /** What the report is about, under the organisation's logo; a line the header leaves empty is left out, as the HTML leaves it out. */
    private void title() throws DocumentException {
        ReportView.Header h = view.header();
        Logo logo = view.look().logo();
        if (logo != null) {
            float w = Math.min(LOGO_WIDTH, LOGO_HEIGHT * PdfLogo.aspect(logo));
            PdfTemplate t = report.writer().getDirectContent().createTemplate(w, LOGO_HEIGHT);
            PdfLogo.draw(t, logo, 0, 0, w, LOGO_HEIGHT);
            Image image = Image.getInstance(t);
            image.setAlignment(Image.LEFT);
            image.setSpacingAfter(6);
            report.add(image);
        }
        if (!h.organisation().isEmpty()) {
            report.add(report.paragraph(h.organisation(), report.small()));
        }
        report.add(report.paragraph(view.heading(), report.h1()));
        if (!h.workshop().isEmpty()) {
            report.add(report.paragraph(h.workshop(), report.bold()));
        }
        String sub = "n " + h.n() + (h.dates().isEmpty() ? "" : " · " + h.dates());
        Paragraph p = report.paragraph(sub, report.small());
        p.setSpacingAfter(4);
        report.add(p);
    }

    /** The findings: the section heading is held with the first finding, each finding's title with its first point. */
    private void findings() throws DocumentException {
        List<ReportView.Finding> findings = view.findings();
        if (findings.isEmpty()) {
            return;
        }
        report.heading("Findings", finding(findings.get(0), true));
        for (ReportView.Finding f : findings.subList(1, findings.size())) {
            report.subheading(f.title(), finding(f, false));
        }
    }

    /** A finding's points as bullets, after its title when {@code titled}. */
    private Element[] finding(ReportView.Finding f, boolean titled) {
        List<Element> parts = new ArrayList<>();
        if (titled) {
            parts.add(report.subheadingParagraph(f.title()));
        }
        for (String point : f.points()) {
            Paragraph p = report.paragraph("• " + point, report.body());
            p.setIndentationLeft(8);
            parts.add(p);
        }
        return parts.toArray(new Element[0]);
    }
}
