package org.scorecardkit.load;

import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Paper;
import org.scorecardkit.model.Site;

/**
 * The warning for an instrument whose {@code print: paper:} differs from the site's {@code paper}:
 * its fillable PDF and {@code print} sheets stay on its own paper, which is easy to miss after
 * changing {@code site.yaml}, so {@code validate} and {@code build} say so (and how to follow the site).
 */
final class PaperOverride {
    private PaperOverride() {
    }

    /**
     * The warning for this instrument, or null when it has no paper of its own or the same as the site's.
     *
     * @param at where the instrument's {@code paper:} value is written
     */
    static Problem warning(Instrument instrument, Site site, Position at) {
        Paper own = instrument.print().paper();
        if (own == null || own == site.paper() || at == null) {
            return null;
        }
        return new Problem(instrument.sourceFile(), at.line(), at.column(),
                "print paper " + own.yamlName() + " overrides the site's paper " + site.paper().yamlName()
                        + " (site.yaml) for this instrument's fillable PDF and printed sheets",
                "delete \"paper: " + own.yamlName() + "\" under \"print:\" to follow the site, or keep it if this"
                        + " instrument must print on " + own.label());
    }
}
