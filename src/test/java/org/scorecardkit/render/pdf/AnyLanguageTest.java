package org.scorecardkit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Paper;
import org.scorecardkit.model.SiteContent;

/** German, Polish, Greek and Cyrillic content prints and extracts back exactly, on the poster and on cards. */
class AnyLanguageTest {
    private static final Path DIR = Path.of("src/test/resources/sites/languages");
    private static final SiteContent CONTENT = P2Pdfs.load(DIR);

    private static final String GERMAN = "Wir hören zu, lösen Probleme gemeinsam und grüßen jeden Kunden – Qualität ist unser Maßstab.";
    private static final String POLISH = "Zażółć gęślą jaźń, a potem odpowiedz klientowi w ciągu jednego dnia.";
    private static final String GREEK = "Ακούμε πρώτα τον πελάτη και απαντάμε την ίδια μέρα.";
    private static final String RUSSIAN = "Съешь же ещё этих мягких французских булок, да выпей чаю.";

    @Test
    void theFixtureHoldsEveryLetterTheIssueNamesAndTheFontsDrawThemAll() {
        String all = GERMAN + POLISH;
        for (String letter : List.of("ä", "ö", "ü", "ß", "ą", "ć", "ę", "ł", "ń", "ó", "ś", "ź", "ż")) {
            assertEquals(true, all.contains(letter), letter);
        }
        assertEquals(List.of(), GlyphCheck.problems(CONTENT, DIR));
    }

    @ParameterizedTest
    @EnumSource(Paper.class)
    void thePostersTextExtractsBackExactly(Paper paper) {
        Instrument poster = CONTENT.instrument("versprechen");
        String expected = String.join(" ", "Bäckerei Größe & Söhne", "Наше обещание клиентам",
                "Ми завжди відповідаємо клієнтам ґречно, швидко і з повагою.",
                "1", GERMAN, "2", POLISH, "3", GREEK, "4", RUSSIAN,
                "Gdy klient wygrywa, wygrywasz i ty!", "Source: Übungstexte für Schriften by Łukasz Żółkiewski.");
        assertEquals(expected, P2Pdfs.text(PosterRenderer.render(poster, CONTENT.site(), paper)));
    }

    @ParameterizedTest
    @EnumSource(value = Paper.class, names = {"A4", "LETTER"})
    void everyCardExtractsBackExactly(Paper paper) {
        byte[] pdf = CardRenderer.render(CONTENT.instrument("umfrage"), paper);
        String expected = String.join(" ", "Dziękujemy, że poświęcasz nam chwilę.",
                "Jak bardzo prawdopodobne jest, że polecisz nas znajomemu?", "0 1 2 3 4 5 6 7 8 9 10",
                "καθόλου πιθανό очень вероятно", "Was können wir besser machen? Schreiben Sie ruhig ausführlich.",
                "Wie war Ihr Besuch?");
        List<String> cards = P2Pdfs.textIn(pdf, CardRenderer.cards(paper, 4));
        assertEquals(List.of(expected, expected, expected, expected), cards);
    }
}
