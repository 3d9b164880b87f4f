package org.scorecardkit.render.html;

import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.SiteContent;
import org.scorecardkit.model.SitePaths;

/**
 * Which pages of the site a customer sees: the form page of a customer instrument, its thanks page and
 * its about page. The layout asks this to give those pages the organisation's own header (no menu,
 * no trainer links) and an about link in the footer.
 */
public final class Audiences {
    private Audiences() {
    }

    /** The customer instrument whose page this is, or null when the page is not a customer's. */
    public static Instrument customerInstrument(SiteContent content, String path) {
        for (Instrument i : content.published()) {
            if (i.delivery().forCustomers() && (path.equals(SitePaths.instrument(i.id()))
                    || path.equals(SitePaths.thanks(i.id())) || path.equals(SitePaths.about(i.id())))) {
                return i;
            }
        }
        return null;
    }

    /** Whether a customer sees this page. */
    public static boolean customerPage(SiteContent content, String path) {
        return customerInstrument(content, path) != null;
    }

    /** Whether this is a trainers' page: a guide of the site, the print list or the trainers' page itself. */
    public static boolean trainerPage(SiteContent content, String path) {
        return path.equals(SitePaths.PRINT_PAGE) || path.equals(SitePaths.TRAINERS_PAGE)
                || content.pages().stream().anyMatch(p -> !p.isHome() && p.outputPath().equals(path));
    }
}
