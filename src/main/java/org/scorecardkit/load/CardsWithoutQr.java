package org.scorecardkit.load;

import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Kind;
import org.scorecardkit.model.SiteContent;

/**
 * The warning that a published NPS instrument's cards carry no QR code to the web form, because
 * {@code site.yaml} sets no {@code base_url} for the code to point at; produces one problem per instrument.
 */
final class CardsWithoutQr {
    private CardsWithoutQr() {
    }

    /** The warning for this instrument, or null when its cards get a QR code (or it has no cards on the site). */
    static Problem warning(SiteContent content, Instrument instrument) {
        if (content.site().baseUrl() != null || instrument.kind() != Kind.NPS || !instrument.delivery().publish()) {
            return null;
        }
        return new Problem("site.yaml", 1, 1, "the cards of \"" + instrument.id() + "\" carry no QR code to its web"
                + " form, because site.yaml sets no base_url",
                "add \"base_url: https://…/\" (the address the site is hosted at) so customers can answer on a phone");
    }
}
