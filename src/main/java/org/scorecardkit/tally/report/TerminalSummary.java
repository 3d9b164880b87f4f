package org.scorecardkit.tally.report;

import java.util.Map;
import java.util.stream.Collectors;
import org.scorecardkit.tally.check.ProblemKind;
import org.scorecardkit.tally.check.Reason;
import org.scorecardkit.tally.stats.Alpha;
import org.scorecardkit.tally.stats.Comparison;
import org.scorecardkit.tally.stats.Nps;
import org.scorecardkit.tally.stats.Summary;

import static org.scorecardkit.tally.stats.Summarize.format;

/** The compact terminal summary of a tally: rows, the score or NPS with its interval, alpha, an item table, warnings. */
public final class TerminalSummary {
    private TerminalSummary() {
    }

    public static String of(Summary s) {
        StringBuilder out = new StringBuilder();
        Summary.Rows r = s.rows();
        out.append(s.instrument().id()).append(" (version ").append(s.instrument().version()).append("): ")
                .append(r.read()).append(r.read() == 1 ? " row" : " rows").append(" read = ").append(r.accepted())
                .append(" accepted + ").append(r.rejected()).append(" rejected");
        if (r.blank() > 0) {
            out.append(" (").append(r.blank()).append(" blank lines skipped)");
        }
        out.append('\n');
        if (!s.rejects().isEmpty()) {
            out.append("  rejected: ").append(s.rejects().entrySet().stream()
                    .map(e -> e.getValue() + " " + Reason.ofKey(e.getKey()).label()).collect(Collectors.joining(", "))).append('\n');
        }
        if (s.scans() != null) {
            scans(out, s.scans(), s.instrument().id());
        }
        String listed = listed(s.problems());
        if (!listed.isEmpty()) {
            out.append("  listed: ").append(listed).append('\n');
        }
        s.notes().forEach(n -> out.append("  warning: ").append(n).append('\n'));
        numbers(out, s.whole(), "");
        if (s.by() != null) {
            out.append("By ").append(s.by()).append(":\n");
            s.groups().forEach((key, n) -> out.append("  ").append(key).append(": ").append(headline(n)).append('\n'));
        }
        if (s.comparison() != null) {
            comparison(out, s.comparison());
        }
        return out.toString();
    }

    /** What was scanned, what a person corrected, and what still waits for one and where to review it. */
    private static void scans(StringBuilder out, Summary.Scans s, String instrument) {
        out.append("  scanned: ").append(s.pages()).append(s.pages() == 1 ? " page" : " pages").append(" read, ")
                .append(s.sheets()).append(s.sheets() == 1 ? " sheet" : " sheets");
        if (s.corrected() > 0) {
            out.append("; ").append(s.corrected()).append(s.corrected() == 1 ? " mark" : " marks").append(" corrected by hand");
        }
        out.append('\n');
        if (s.waiting() > 0) {
            out.append("  ").append(s.waiting()).append(s.waiting() == 1 ? " mark waits" : " marks wait")
                    .append(" for review, counted as no answer: \"scorecard scan ").append(instrument)
                    .append(" FILE... --out scan\" writes scan/review.html; choose there, then tally again with")
                    .append(" --corrections corrections.json\n");
        }
    }

    /** The problems listed besides rejected rows, by kind: "2 cells ignored, 1 date unknown". */
    private static String listed(Map<String, Long> problems) {
        StringBuilder out = new StringBuilder();
        for (ProblemKind k : ProblemKind.values()) {
            long n = problems.getOrDefault(k.key(), 0L);
            if (n > 0 && k != ProblemKind.ROW_REJECTED) {
                out.append(out.length() == 0 ? "" : ", ").append(n).append(' ').append(plural(k, n));
            }
        }
        return out.toString();
    }

    private static String plural(ProblemKind k, long n) {
        return n == 1 ? k.label() : switch (k) {
            case CELL_IGNORED -> "cells ignored";
            case DATE_UNKNOWN -> "dates unknown";
            case TOTAL_DIFFERS -> "totals differ";
            case COLUMN_IGNORED -> "columns ignored";
            case MARK_UNCLEAR -> "marks unclear";
            case DOUBLE_MARK -> "double marks";
            case PAGE_NOT_READ -> "pages not read";
            case PAGE_MISSING -> "pages missing";
            default -> k.label();
        };
    }

    private static void numbers(StringBuilder out, Summary.Numbers n, String indent) {
        Summary.ScoreStats score = n.score();
        if (n.nps() != null) {
            out.append(indent).append(nps(n.nps())).append('\n');
        } else if (score != null) {
            out.append(indent).append("Score (").append(score.method()).append("): n ").append(score.n())
                    .append(", mean ").append(format(score.mean(), 2)).append(", sd ").append(format(score.sd(), 2))
                    .append(", median ").append(format(score.median(), 2));
            if (score.unscored() > 0) {
                out.append("; ").append(score.unscored()).append(" without a score (a required item unanswered)");
            }
            out.append('\n');
            if (!score.bands().isEmpty()) {
                out.append(indent).append("  bands: ").append(bands(score.bands())).append('\n');
            }
        }
        n.coverage().values().forEach(c -> out.append(indent).append(String.format(java.util.Locale.ROOT,
                "  %-28s coverage %6s%%  n %d%n", c.title() == null ? c.id() : c.title(), format(c.mean(), 1), c.n())));
        Alpha a = n.alpha();
        if (a.k() >= 2) {
            out.append(indent).append("Cronbach's alpha ").append(format(a.value(), 3)).append(" (")
                    .append(a.k()).append(" items, ").append(a.n()).append(" respondents who answered all)\n");
        }
        items(out, n.items(), indent);
        n.warnings().forEach(w -> out.append(indent).append("warning: ").append(w).append('\n'));
    }

    static String nps(Nps p) {
        if (p.n() == 0) {
            return "NPS: no answers";
        }
        return "NPS " + format(p.score(), 1) + " (95% interval " + format(p.low(), 1) + " to " + format(p.high(), 1)
                + "), n " + p.n() + ": promoters " + p.promoters() + " (" + format(p.promotersPct(), 1) + "%), passives "
                + p.passives() + " (" + format(p.passivesPct(), 1) + "%), detractors " + p.detractors()
                + " (" + format(p.detractorsPct(), 1) + "%)";
    }

    /** One line for a breakdown key: its NPS, or its score mean and bands, with a small-n mark. */
    static String headline(Summary.Numbers n) {
        if (n.nps() != null) {
            return nps(n.nps());
        }
        String warn = n.n() < org.scorecardkit.tally.stats.Summarize.SMALL_N ? " (small n)" : "";
        if (n.score() == null) {
            return "n " + n.n() + warn;
        }
        return "n " + n.n() + warn + ", score mean " + format(n.score().mean(), 2) + ", sd " + format(n.score().sd(), 2)
                + (n.score().bands().isEmpty() ? "" : "; " + bands(n.score().bands()));
    }

    private static String bands(Map<String, Long> bands) {
        return bands.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(" · "));
    }

    private static void items(StringBuilder out, Map<String, Summary.ItemStats> items, String indent) {
        int width = Math.max(4, items.keySet().stream().mapToInt(String::length).max().orElse(4));
        out.append(indent).append(String.format(java.util.Locale.ROOT, "%-" + width + "s %7s %7s %7s %7s%n",
                "item", "n", "mean", "sd", "median"));
        for (Summary.ItemStats i : items.values()) {
            out.append(indent).append(String.format(java.util.Locale.ROOT, "%-" + width + "s %7d %7s %7s %7s%n",
                    i.id(), i.n(), format(i.mean(), 2), format(i.sd(), 2), format(i.median(), 2)));
        }
    }

    private static void comparison(StringBuilder out, Comparison c) {
        out.append("Before/after: ").append(c.paired()).append(" respondents paired by id (before: ")
                .append(c.before().read()).append(" rows read, ").append(c.before().accepted()).append(" accepted)\n");
        if (c.score() != null && c.score().n() > 0) {
            out.append("  score change ").append(signed(c.score().mean())).append(" over ").append(c.score().n())
                    .append(c.score().n() == 1 ? " pair\n" : " pairs\n");
        }
        c.items().forEach((id, ch) -> out.append(String.format(java.util.Locale.ROOT, "  %-32s %7s  n %d%n",
                id, ch.n() == 0 ? "–" : signed(ch.mean()), ch.n())));
    }

    private static String signed(Double v) {
        return (v != null && v > 0 ? "+" : "") + format(v, 2);
    }
}
