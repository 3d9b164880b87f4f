package org.scorecardkit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader's warning that NPS cards carry no QR code while site.yaml sets no base_url. */
class CardsWithoutQrTest {
    @TempDir
    Path tmp;

    private static final String NPS = """
            id: pulse
            version: 1
            title: Would you recommend us?
            kind: nps
            description: One question.
            scales:
              likelihood: {min: 0, max: 10}
            items:
              - id: recommend
                type: rating
                text: How likely is it that you would recommend us to a friend or colleague?
                scale: likelihood
            scoring:
              method: nps
              items: [recommend]
            """;

    @Test
    void aPublishedNpsWithoutBaseUrlIsWarnedOfOnce() {
        ContentLoader.Result result = TestSite.copyOfBase(tmp).with("instruments/pulse.yaml", NPS).load();

        assertTrue(result.ok(), result.problems().toString());
        assertEquals(List.of(new Problem("site.yaml", 1, 1,
                "the cards of \"pulse\" carry no QR code to its web form, because site.yaml sets no base_url",
                "add \"base_url: https://…/\" (the address the site is hosted at) so customers can answer on a phone")),
                result.warnings());
    }

    @Test
    void aBaseUrlOrAnUnpublishedNpsIsNoWarning() {
        TestSite hosted = TestSite.copyOfBase(tmp.resolve("hosted")).with("instruments/pulse.yaml", NPS);
        hosted.with("site.yaml", "title: T\norganisation: O\nbase_url: https://care.example.org/\nnav:\n  - about\n");
        assertEquals(List.of(), hosted.load().warnings(), "with base_url the cards carry the code");
        TestSite draft = TestSite.copyOfBase(tmp.resolve("draft")).with("instruments/pulse.yaml", NPS + "publish: false\n");
        assertEquals(List.of(), draft.load().warnings(), "an unpublished instrument has no cards on the site");
    }
}
