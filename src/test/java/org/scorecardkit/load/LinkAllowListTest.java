package org.scorecardkit.load;

import static org.scorecardkit.load.TestSite.problem;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Case 6 of issue 8: a link that could run script (any spelling of javascript:, data:, vbscript:…)
 * is refused by the loader at the place it is written, in pages, in every Markdown field of an
 * instrument, and in the addresses of site.yaml and an instrument's source.
 */
class LinkAllowListTest {
    private static final String BAD = "instruments/bad.yaml";
    private static final String FIX = "use an http(s), mailto or relative link; other schemes, such as javascript: "
            + "and data:, can run code in the reader's browser";

    @TempDir
    Path tmp;

    TestSite site;

    @BeforeEach
    void copyBase() {
        site = TestSite.copyOfBase(tmp);
    }

    private static Problem refused(String file, int line, int column, String shown) {
        return problem(file, line, column, "link to \"" + shown + "\" is not allowed", FIX);
    }

    @Test
    void everySpellingOfAScriptLinkInAPageIsRefusedWhereItIsWritten() {
        site.with("pages/about.md", """
                # About

                [a](JaVaScRiPt:alert(1)) [b](&#106;avascript:alert(1)) [c](javascript&colon;alert(1))
                [d](j&#x09;avascript:alert(1)) [e](%6Aavascript:alert(1)) [f](data:text/html,x)
                [g](vbscript:msgbox(1)) ![h](JAVASCRIPT:alert(1)) <JavaScript:alert(1)>
                [i][r] and [j](<JavaScript:alert(1)>)

                [r]: jAvAsCrIpT:alert(1)
                """);
        site.assertProblems(
                refused("pages/about.md", 3, 5, "JaVaScRiPt:alert(1)"),
                refused("pages/about.md", 3, 30, "&#106;avascript:alert(1)"),
                refused("pages/about.md", 3, 60, "javascript&colon;alert(1)"),
                refused("pages/about.md", 4, 5, "j&#x09;avascript:alert(1)"),
                refused("pages/about.md", 4, 36, "%6Aavascript:alert(1)"),
                refused("pages/about.md", 4, 63, "data:text/html,x"),
                refused("pages/about.md", 5, 5, "vbscript:msgbox(1)"),
                refused("pages/about.md", 5, 30, "JAVASCRIPT:alert(1)"),
                refused("pages/about.md", 5, 52, "JavaScript:alert(1)"),
                refused("pages/about.md", 6, 17, "JavaScript:alert(1)"),
                refused("pages/about.md", 8, 6, "jAvAsCrIpT:alert(1)"));
    }

    @Test
    void rawHtmlIsNotALinkAndAllowedLinksStayAccepted() {
        site.with("pages/about.md", """
                # About

                <a href="javascript:alert(1)">raw html is escaped</a>, [web](HTTPS://example.org/x),
                [mail](MAILTO:care@example.org), [cdn](//example.org/x.png), <https://example.org/>
                and <care@example.org>.
                """);
        site.assertProblems();
    }

    @Test
    void everyMarkdownFieldOfAnInstrumentIsChecked() {
        site.with(BAD, """
                id: bad
                version: 1
                title: Bad
                kind: self-assessment
                description: Script links in every Markdown field.
                intro: "[a](JaVaScRiPt:alert(1))"
                instructions: |
                  Read [b](data:text/html,x) first.
                closing: "[c](vbscript:x)"
                source:
                  title: A book
                  note: "[d](JAVASCRIPT:x)"
                scales:
                  agree: {min: 1, max: 5}
                sections:
                  - id: part
                    title: Part
                    description: "[e](&#106;avascript:x)"
                    items:
                      - id: first
                        type: rating
                        text: "Rate [f](JavaScript:x)"
                        help: "![g](javascript&colon;x)"
                scoring:
                  method: sum
                  bands:
                    - {min: 1, max: 5, label: All, text: "[h](Javascript:x)"}
                """);
        site.assertProblems(
                refused(BAD, 6, 13, "JaVaScRiPt:alert(1)"),
                refused(BAD, 8, 12, "data:text/html,x"),
                refused(BAD, 9, 15, "vbscript:x"),
                refused(BAD, 12, 14, "JAVASCRIPT:x"),
                refused(BAD, 18, 23, "&#106;avascript:x"),
                refused(BAD, 22, 25, "JavaScript:x"),
                refused(BAD, 23, 21, "javascript&colon;x"),
                refused(BAD, 27, 47, "Javascript:x"));
    }

    @Test
    void npsCategoryTextsAreChecked() {
        site.with(BAD, """
                id: bad
                version: 1
                title: Bad
                kind: nps
                description: A script link in a category text.
                scales:
                  ten: {min: 0, max: 10}
                items:
                  - id: likely
                    type: rating
                    text: How likely?
                scoring:
                  method: nps
                  categories:
                    detractors: {min: 0, max: 6, text: "[x](JavaScript:x)"}
                    passives: {min: 7, max: 8}
                    promoters: {min: 9, max: 10}
                """);
        site.assertProblems(refused(BAD, 15, 45, "JavaScript:x"));
    }

    @Test
    void siteAndSourceAddressesMustBeWebAddresses() {
        site.with("site.yaml", """
                title: Test Site
                organisation: Test Organisation
                base_url: JavaScript:alert(1)//
                nav:
                  - about
                submission:
                  method: post
                  url: JaVaScRiPt:alert(1)
                """);
        site.with(BAD, """
                id: bad
                version: 1
                title: Bad
                kind: survey
                description: A source address that runs script.
                source:
                  title: A book
                  url: "java\\tscript:alert(1)"
                items:
                  - id: first
                    type: text
                    text: Anything?
                """);
        site.assertProblems(
                problem(BAD, 8, 8, "\"url\" of source must be a web address starting with http:// or https://, "
                        + "not \"java\\tscript:alert(1)\"", "write the full address, e.g. \"https://example.org/book\""),
                problem("site.yaml", 3, 11, "\"base_url\" must be a web address starting with http(s):// and ending in /, "
                        + "not \"JavaScript:alert(1)//\"", "write the full address of the site's folder, e.g. "
                        + "\"https://example.org/survey/\""),
                problem("site.yaml", 8, 8, "\"url\" of submission must be a web address starting with http:// or "
                        + "https://, not \"JaVaScRiPt:alert(1)\"", "write the endpoint's full address, e.g. "
                        + "\"https://formspree.io/f/yourid\""));
    }

    @Test
    void webAddressesInAnyCaseAreAccepted() {
        site.with("site.yaml", """
                title: Test Site
                organisation: Test Organisation
                base_url: HTTPS://example.org/survey/
                nav:
                  - about
                submission:
                  method: post
                  url: Https://formspree.io/f/abc
                """);
        site.assertProblems();
    }
}
