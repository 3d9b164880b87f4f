package org.scorecardkit.render.html;

import org.scorecardkit.load.UrlPolicy;
import org.scorecardkit.model.Submission;

/**
 * Where an instrument's form posts: the kit's collector at {@code <collector>/responses/<instrument id>}, the
 * configured http(s) endpoint, or for Netlify without one (or with an address that is not http(s)), the
 * thank-you page beside it.
 */
public final class FormAction {
    private FormAction() {
    }

    /** The form's action attribute for this instrument, or null when the form sends nothing. */
    public static String of(Submission submission, String instrumentId) {
        if (!submission.post()) {
            return null;
        }
        // An address the loader would refuse is never written, whatever path the model took here.
        if (submission.toCollector()) {
            return UrlPolicy.isWebAddress(submission.collector()) ? submission.collector() + "/responses/" + instrumentId : null;
        }
        return UrlPolicy.isWebAddress(submission.url()) ? submission.url() : "thanks.html";
    }
}
