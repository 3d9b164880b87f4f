package org.scorecardkit.model;

/**
 * Where a form's answers go: nowhere ({@code none}, the browser only scores them), a url-encoded POST to
 * an endpoint (Formspree-style), optionally detected and received by Netlify, or the kit's own collector
 * ({@code scorecard collect}), which each instrument's form posts to at {@code <collector>/responses/<id>}.
 *
 * @param url the endpoint, or null for none, for Netlify without an explicit endpoint, or for a collector
 * @param collector the collector's address (http(s), no trailing slash), or null when the forms post elsewhere
 */
public record Submission(boolean post, String url, boolean netlify, String collector) {
    public static Submission none() {
        return new Submission(false, null, false, null);
    }

    /** Whether the forms post to the kit's own collector. */
    public boolean toCollector() {
        return collector != null;
    }
}
