package org.scorecardkit.collect.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.SiteContent;
import org.scorecardkit.tally.TallyFixtures;

/** Whatever the content says, the live page and the admin index show it as text: no tag or attribute can be opened. */
class LivePageEscapingTest {
    static final String NASTY = "<script>alert(1)</script> \"quoted\" & 'single' <svg onload=x>";

    @TempDir
    Path dir;

    @Test
    void titlesAndLabelsFromTheContentAreEscaped() throws Exception {
        Instrument nps = TallyFixtures.instrument("nps");
        Instrument nasty = new Instrument(nps.id(), nps.version(), NASTY, nps.kind(), nps.description(), nps.language(),
                nps.intro(), nps.instructions(), nps.closing(), nps.credit(), nps.scales(), nps.sections(), nps.scoring(),
                nps.print(), nps.subtitle(), nps.delivery(), nps.sourceFile());
        SiteContent base = TallyFixtures.content();
        SiteContent content = new SiteContent(base.site(), List.of(nasty), base.pages());
        try (LiveFixture live = new LiveFixture(dir, content, AdminRoutes.HEARTBEAT_MILLIS)) {
            String token = live.tokens.create("ops");
            for (String path : List.of("/live/nps", "/admin/")) {
                HttpResponse<String> page = live.send(live.get(path).header("Authorization", "Bearer " + token));
                assertEquals(200, page.statusCode(), path);
                assertFalse(page.body().contains("<script>alert"), path);
                assertFalse(page.body().contains("<svg onload"), path);
                assertTrue(page.body().contains("&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; &#39;single&#39;"), path);
            }
        }
    }
}
