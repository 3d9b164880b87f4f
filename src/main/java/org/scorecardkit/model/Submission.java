package org.scorecardkit.model;

/**
 * Where a form's answers go: nowhere ({@code none}, the browser only scores them), or a url-encoded
 * POST to an endpoint (Formspree-style), optionally detected and received by Netlify.
 *
 * @param url the endpoint, or null for none, or for Netlify without an explicit endpoint
 */
public record Submission(boolean post, String url, boolean netlify) {
    public static Submission none() {
        return new Submission(false, null, false);
    }
}
