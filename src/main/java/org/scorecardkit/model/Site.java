package org.scorecardkit.model;

import java.util.List;

/**
 * The site-wide settings from {@code site.yaml}.
 *
 * @param baseUrl absolute URL the site is hosted at, or null when not said
 * @param nav page slugs in menu order, or null when {@code site.yaml} does not say (then every guide is listed);
 *            an empty list shows no guide in the menu
 * @param order instrument ids in home-page order (the content's instruments are already sorted so)
 * @param submission where the forms send their answers
 * @param dateOrder how the tally reads dates such as 5/3/2026 when a file's values don't settle it, or null when not said
 * @param brand the organisation's logo and colours, {@link Brand#neutral()} when not said
 */
public record Site(String title, String organisation, String description, String language,
                   String baseUrl, Paper paper, List<String> nav, List<String> order, Submission submission,
                   DateOrder dateOrder, Brand brand) {
    public Site {
        nav = nav == null ? null : List.copyOf(nav);
        order = List.copyOf(order);
    }
}
