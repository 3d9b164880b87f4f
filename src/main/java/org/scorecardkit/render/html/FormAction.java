package org.scorecardkit.render.html;

import org.scorecardkit.model.Submission;

/** Where a form posts: the configured endpoint, or for Netlify without one, the thank-you page beside it. */
public final class FormAction {
    private FormAction() {
    }

    /** The form's action attribute, or null when the form sends nothing. */
    public static String of(Submission submission) {
        if (!submission.post()) {
            return null;
        }
        return submission.url() != null ? submission.url() : "thanks.html";
    }
}
