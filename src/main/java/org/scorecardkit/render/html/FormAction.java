package org.scorecardkit.render.html;

import org.scorecardkit.load.UrlPolicy;
import org.scorecardkit.model.Submission;

/**
 * Where a form posts: the configured http(s) endpoint, or for Netlify without one (or with an address
 * that is not http(s)), the thank-you page beside it.
 */
public final class FormAction {
    private FormAction() {
    }

    /** The form's action attribute, or null when the form sends nothing. */
    public static String of(Submission submission) {
        if (!submission.post()) {
            return null;
        }
        // An address the loader would refuse is never written, whatever path the model took here.
        return UrlPolicy.isWebAddress(submission.url()) ? submission.url() : "thanks.html";
    }
}
