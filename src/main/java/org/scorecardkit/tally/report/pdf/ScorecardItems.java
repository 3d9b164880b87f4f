package org.scorecardkit.tally.report.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Item;
import org.scorecardkit.model.ItemType;
import org.scorecardkit.render.pdf.FontRuns;
import org.scorecardkit.render.pdf.PdfFonts;
import org.scorecardkit.tally.check.Layout;
import org.scorecardkit.tally.check.Row;
import org.scorecardkit.tally.report.Figures;
import org.scorecardkit.tally.report.Labels;
import org.scorecardkit.tally.stats.Summary;

/**
 * A scorecard's items: each rating or check item with its number and wording, the respondent's
 * answer drawn as a bar against the group's mean, and their three lowest items, "where you could
 * grow". A bar's length is the answer's place among the scale's points counted from one, so the
 * lowest point is a short bar (1 on 1–5 is a fifth), never an empty one.
 */
final class ScorecardItems {
    static final int GROW = 3;
    static final float BAR_W = 120;
    static final float BAR_H = 12;

    /** One answered item: where it is in the sheet, the answer's share of the scale (0…1) and the group's. */
    record Answer(Layout.Column column, int code, double share, Double groupShare, String mine, String group) {
        boolean top() {
            return share >= 1;
        }
    }

    private ScorecardItems() {
    }

    /** The rating and check items in sheet order, answered or not; a blank answer has code 0. */
    static List<Answer> answers(Layout layout, Row row, Summary.Numbers group) {
        Instrument instrument = layout.instrument();
        List<Answer> out = new ArrayList<>();
        for (int i = 0; i < layout.size(); i++) {
            Layout.Column c = layout.column(i);
            Summary.ItemStats stats = group.items().get(c.id());
            Double mean = stats == null ? null : stats.mean();
            int code = row.code(i);
            if (c.type() == ItemType.RATING) {
                int k = c.max() - c.min() + 1;
                double share = code == 0 ? 0 : (double) code / k;
                Double groupShare = mean == null ? null : (mean - c.min() + 1) / k;
                out.add(new Answer(c, code, share, groupShare, code == 0 ? "no answer" : Integer.toString(c.value(code)),
                        Figures.mean(mean)));
            } else if (c.type() == ItemType.CHECK) {
                double[] credit = {1, instrument.scoring().partly(), 0};
                out.add(new Answer(c, code, code == 0 ? 0 : credit[code - 1], mean,
                        code == 0 ? "no answer" : Item.CHECK_ANSWERS.get(code - 1).label(),
                        mean == null ? Figures.NONE : Figures.percent(100 * mean)));
            }
        }
        return out;
    }

    /** The lowest answered items below the top of their scale, at most three; ties keep sheet order. */
    static List<Answer> grow(List<Answer> answers) {
        return answers.stream().filter(a -> a.code() != 0 && !a.top())
                .sorted(Comparator.comparingDouble(Answer::share)).limit(GROW).toList();
    }

    /** The table of answers, its header repeated on every page it runs onto. */
    static PdfPTable table(PdfContentByte cb, Instrument instrument, List<Answer> answers, FontRuns.Missing missing)
            throws BadElementException {
        Font head = new Font(PdfFonts.get().bold(), 9);
        Font body = new Font(PdfFonts.get().regular(), 9);
        PdfPTable t = new PdfPTable(new float[] {5.2f, 1.1f, 1.1f, 2.6f});
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.setSplitLate(true);
        t.setSpacingBefore(6);
        for (String h : new String[] {"Item", "You", "Group", "You (bar) and the group (mark)"}) {
            t.addCell(cell(FontRuns.phrase(h, head, missing), h.equals("Item") ? Element.ALIGN_LEFT : Element.ALIGN_CENTER));
        }
        for (Answer a : answers) {
            t.addCell(cell(FontRuns.phrase(Labels.of(instrument, a.column().id()), body, missing), Element.ALIGN_LEFT));
            t.addCell(cell(FontRuns.phrase(a.mine(), body, missing), Element.ALIGN_CENTER));
            t.addCell(cell(FontRuns.phrase(a.group(), body, missing), Element.ALIGN_CENTER));
            PdfPCell bar = new PdfPCell(bar(cb, a), false);
            bar.setBorder(PdfPCell.BOTTOM);
            bar.setBorderColor(PdfCanvas.TRACK);
            bar.setPadding(4);
            bar.setVerticalAlignment(Element.ALIGN_MIDDLE);
            t.addCell(bar);
        }
        return t;
    }

    /** The answer as a bar on a track with the group's mean as a mark; no answer leaves the track empty. */
    static Image bar(PdfContentByte cb, Answer a) throws BadElementException {
        PdfCanvas c = new PdfCanvas(cb, BAR_W, BAR_H + 4, FontRuns.Missing.IGNORE);
        c.rect(0, 2, BAR_W, BAR_H, PdfCanvas.TRACK);
        c.rect(0, 2, (float) (BAR_W * a.share()), BAR_H, PdfCanvas.FILL);
        if (a.groupShare() != null) {
            float x = (float) Math.max(1, Math.min(BAR_W - 1, BAR_W * a.groupShare()));
            c.rect(x - 1.25f, 0, 2.5f, BAR_H + 4, PdfCanvas.TEXT);
        }
        return c.image();
    }

    private static PdfPCell cell(com.lowagie.text.Phrase p, int align) {
        PdfPCell c = new PdfPCell(p);
        c.setBorder(PdfPCell.BOTTOM);
        c.setBorderColor(PdfCanvas.TRACK);
        c.setPadding(4);
        c.setHorizontalAlignment(align);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return c;
    }
}
