package org.scorecardkit.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The allow-list itself: what a browser would run or load is refused however it is spelt. */
class UrlPolicyTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)",
        "java\tscript:alert(1)", "java\nscript:alert(1)", "java\rscript:alert(1)", "\u0001javascript:alert(1)",
        "javascript\u0000:alert(1)", "&#106;avascript:alert(1)", "&#x6A;avascript:alert(1)", "&#X6a;avascript:alert(1)",
        "&#106avascript:alert(1)", "javascript&colon;alert(1)", "j&#x09;avascript:alert(1)", "j&Tab;avascript:alert(1)",
        "%6Aavascript:alert(1)", "javascript%3Aalert(1)", "&amp;#106;avascript:alert(1)", "%2526%2523106;avascript:x",
        "data:text/html,<script>alert(1)</script>", "DATA:image/svg+xml;base64,PHN2Zz4=", "vbscript:msgbox(1)",
        "VBScript:msgbox(1)", "file:///etc/passwd", "tel:+44123", "java\\script:alert(1)", ":alert(1)",
        "javascript\u00a0:alert(1)", "javascript\u2028:alert(1)"})
    void refusesEverySchemeButTheWebAndMail(String url) {
        assertFalse(UrlPolicy.allowed(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://example.org/x", "HTTPS://EXAMPLE.ORG/", "http://example.org", "mailto:care@example.org",
        "MailTo:care@example.org", "workshop.md", "skillset/", "/about.md", "./about.md", "index.html#top",
        "#main", "?q=a:b", "page.md?at=10:30", "docs/a:b.md", "//cdn.example.org/x.png", "", "my%20page.md"})
    void allowsTheWebMailRelativeLinksAndFragments(String url) {
        assertTrue(UrlPolicy.allowed(url), url);
    }

    @Test
    void aWebAddressIsHttpOrHttpsWithAHostAndNoSpaces() {
        assertTrue(UrlPolicy.isWebAddress("https://formspree.io/f/abc"));
        assertTrue(UrlPolicy.isWebAddress("HTTP://example.org"));
        assertFalse(UrlPolicy.isWebAddress("javascript:alert(1)"));
        assertFalse(UrlPolicy.isWebAddress("JavaScript://%0aalert(1)"));
        assertFalse(UrlPolicy.isWebAddress("/submit"));
        assertFalse(UrlPolicy.isWebAddress("https:///nohost"));
        assertFalse(UrlPolicy.isWebAddress("https://example.org/a b"));
        assertFalse(UrlPolicy.isWebAddress("https://example.org/\u0007"));
        assertFalse(UrlPolicy.isWebAddress(null));
    }

    @Test
    void messagesShowControlCharactersAsEscapesAndShortenLongLinks() {
        assertEquals("java\\tscript:\\u0001x", UrlPolicy.shown("java\tscript:\u0001x"));
        assertEquals(60, UrlPolicy.shown("javascript:" + "a".repeat(100)).length());
    }
}
