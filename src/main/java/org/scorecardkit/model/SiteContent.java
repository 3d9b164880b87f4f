package org.scorecardkit.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Everything one content folder defines: the site settings, the instruments and the pages. */
public record SiteContent(Site site, List<Instrument> instruments, List<Page> pages) {
    public SiteContent {
        instruments = List.copyOf(instruments);
        pages = List.copyOf(pages);
    }

    /** The home introduction ({@code pages/index.md}), or null. */
    public Page home() {
        return pages.stream().filter(Page::isHome).findFirst().orElse(null);
    }

    public Page page(String slug) {
        return pages.stream().filter(p -> p.slug().equals(slug)).findFirst().orElse(null);
    }

    public Instrument instrument(String id) {
        return instruments.stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
    }

    /** The instruments the site carries: every one not set to {@code publish: false}, in home-page order. */
    public List<Instrument> published() {
        return instruments.stream().filter(i -> i.delivery().publish()).toList();
    }

    /**
     * The same content with only the instruments the site carries: what the build renders, so no
     * renderer (HTML, PDF, keying templates) can write a file for an instrument set to {@code publish: false}.
     */
    public SiteContent publishedOnly() {
        List<Instrument> carried = published();
        return carried.size() == instruments.size() ? this : new SiteContent(site, carried, pages);
    }

    /** The pages of the menu: exactly those {@code site.yaml} lists, in its order, else all but home by title. */
    public List<Page> navPages() {
        if (site.nav() != null) {
            return site.nav().stream().map(this::page).filter(Objects::nonNull).toList();
        }
        return pages.stream().filter(p -> !p.isHome())
                .sorted(Comparator.comparing(Page::title)).toList();
    }
}
