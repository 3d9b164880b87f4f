package org.scorecardkit.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.ConsoleCapture;
import org.scorecardkit.TestFiles;
import org.scorecardkit.cli.Main;
import org.scorecardkit.model.Brand;
import org.scorecardkit.model.Site;

/**
 * site.yaml's {@code brand}: a good one loads (logo bytes, colours); every mistake (colour written another way,
 * contrast below WCAG AA, a logo outside the folder, missing, of another type or unsafe) is one located problem
 * from {@code validate}, which exits 1, with every mistake listed at once.
 */
class BrandValidateTest {
    static final Path FIXTURE = Path.of("src/test/resources/brand12/site");

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path tmp;

    private Path site() {
        Path dir = tmp.resolve("content");
        return Files.isDirectory(dir) ? dir : TestFiles.copyTree(FIXTURE, dir);
    }

    private Path withBrand(String brand) throws IOException {
        Path dir = site();
        Files.writeString(dir.resolve("site.yaml"), "title: Acme Care\norganisation: Acme Ltd\nnav:\n  - about\nbrand:\n" + brand);
        return dir;
    }

    /** What validate prints for a content folder, which must be invalid. */
    private String invalid(Path dir) {
        assertEquals(1, Main.run("validate", dir.toString()), console.out() + console.err());
        return console.err();
    }

    @Test
    void aGoodBrandLoads() throws IOException {
        Path dir = site();
        assertEquals(0, Main.run("validate", dir.toString()), console.err());
        Site site = ContentLoader.load(dir).content().site();
        assertEquals("#7a1f5c", site.brand().primary());
        assertEquals("#1f6b3a", site.brand().accent());
        assertEquals("brand/logo.svg", site.brand().logo().file());
        assertTrue(site.brand().logo().svg());
        assertArrayEquals(Files.readAllBytes(dir.resolve("brand/logo.svg")), site.brand().logo().bytes());
    }

    @Test
    void aPngLogoAndUppercaseColoursLoad() throws IOException {
        Site site = ContentLoader.load(withBrand("  logo: brand/logo.png\n  primary: \"#7A1F5C\"\n")).content().site();
        assertFalse(site.brand().logo().svg());
        assertEquals("#7a1f5c", site.brand().primary());
        assertEquals(Brand.DEFAULT_ACCENT, site.brand().accent(), "an accent not given is the default");
    }

    @Test
    void noBrandIsNeutral() throws IOException {
        Path dir = site();
        Files.writeString(dir.resolve("site.yaml"), "title: Acme Care\norganisation: Acme Ltd\n");
        Site site = ContentLoader.load(dir).content().site();
        assertEquals(Brand.neutral(), site.brand());
        assertNull(site.brand().logo());
    }

    @Test
    void aPrimaryTooLightForWhiteTextSaysByHowMuchAndSuggestsADarkerOne() throws IOException {
        String err = invalid(withBrand("  primary: \"#f5c400\"\n"));
        String darker = Contrast.darkened("#f5c400", "#ffffff", 4.5);
        assertTrue(err.contains("site.yaml:6:12: white text on primary \"#f5c400\" has contrast 1.6:1, below the 4.5:1"
                + " WCAG AA needs for text\n  fix: darken it, e.g. \"" + darker + "\" (4.5:1)"), err);
    }

    @Test
    void anAccentTooLightOnWhiteIsNamedAsThatPair() throws IOException {
        String err = invalid(withBrand("  accent: \"#777777\"\n"));
        assertTrue(err.contains("site.yaml:6:11: accent (links) \"#777777\" on white has contrast 4.4:1, below the 4.5:1"), err);
        assertTrue(err.contains("fix: darken it, e.g. \"#767676\" (4.5:1)"), err);
    }

    @Test
    void colourWrittenAnotherWayGetsItsHexForm() throws IOException {
        String err = invalid(withBrand("  primary: \"#a2c\"\n  accent: navy\n"));
        assertTrue(err.contains("site.yaml:6:12: \"primary\" of brand must be a colour written as \"#RRGGBB\", not \"#a2c\""), err);
        assertTrue(err.contains("fix: write it as \"primary: \\\"#aa22cc\\\"\""), err);
        assertTrue(err.contains("site.yaml:7:11: \"accent\" of brand must be a colour written as \"#RRGGBB\", not \"navy\""), err);
        assertTrue(err.contains("\"accent: \\\"#000080\\\"\""), err);
        assertTrue(err.contains("2 problems"), err);
    }

    @Test
    void anUnquotedHashIsAComment() throws IOException {
        String err = invalid(withBrand("  primary: #7a1f5c\n"));
        assertTrue(err.contains("site.yaml:6:12: \"primary\" of brand is empty: YAML reads the unquoted #7a1f5c as a comment"
                + "\n  fix: put the colour in quotes: primary: \"#7a1f5c\""), err);
    }

    @Test
    void aLogoOutsideTheContentFolderIsRefused() throws IOException {
        Files.copy(FIXTURE.resolve("brand/logo.svg"), tmp.resolve("outside.svg"));
        String err = invalid(withBrand("  logo: ../outside.svg\n"));
        assertTrue(err.contains("site.yaml:6:9: the logo \"../outside.svg\" leaves the content folder (\"..\")"), err);
        err = invalid(withBrand("  logo: " + tmp.resolve("outside.svg").toAbsolutePath() + "\n"));
        assertTrue(err.contains("must be a path inside the content folder, not an absolute path"), err);
    }

    @Test
    void aMissingLogoGetsTheNearestFile() throws IOException {
        String err = invalid(withBrand("  logo: brand/logo.sgv\n"));
        assertTrue(err.contains("site.yaml:6:9: the logo \"brand/logo.sgv\" must be an SVG or PNG file"), err);
        err = invalid(withBrand("  logo: brand/logos.svg\n"));
        assertTrue(err.contains("site.yaml:6:9: the logo \"brand/logos.svg\" is not in the content folder"), err);
        assertTrue(err.contains("fix: did you mean \"brand/logo.svg\"?"), err);
    }

    @Test
    void aPngThatIsNotAPngIsRefusedByItsBytes() throws IOException {
        Path dir = withBrand("  logo: brand/photo.png\n");
        Files.write(dir.resolve("brand/photo.png"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16});
        String err = invalid(dir);
        assertTrue(err.contains("site.yaml:6:9: the logo \"brand/photo.png\" is not a PNG image: its bytes are those of a JPEG file"
                + "\n  fix: export the logo as PNG"), err);
    }

    @Test
    void aPngNamedSvgIsToldToBeRenamed() throws IOException {
        Path dir = withBrand("  logo: brand/mark.svg\n");
        Files.copy(dir.resolve("brand/logo.png"), dir.resolve("brand/mark.svg"));
        String err = invalid(dir);
        assertTrue(err.contains("is not an SVG drawing: its bytes are those of a PNG file\n  fix: rename it to end in .png"), err);
    }

    @Test
    void aDamagedPngIsRefused() throws IOException {
        Path dir = withBrand("  logo: brand/cut.png\n");
        byte[] png = Files.readAllBytes(dir.resolve("brand/logo.png"));
        Files.write(dir.resolve("brand/cut.png"), java.util.Arrays.copyOf(png, 20));
        assertTrue(invalid(dir).contains("the logo \"brand/cut.png\" is a damaged PNG image"));
    }

    @Test
    void anSvgThatDoesNotParseIsReportedInTheSvgAtItsPlace() throws IOException {
        Path dir = withBrand("  logo: brand/broken.svg\n");
        Files.writeString(dir.resolve("brand/broken.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">\n"
                + "  <rect width=\"10\" height=\"10\">\n</svg>\n");
        String err = invalid(dir);
        assertTrue(err.matches("(?s).*brand/broken\\.svg:3:\\d+: the SVG logo is not well-formed XML: .*"), err);
    }

    @Test
    void scriptAndExternalReferencesAreRefusedEachAtItsLine() throws IOException {
        Path dir = withBrand("  logo: brand/unsafe.svg\n");
        Files.writeString(dir.resolve("brand/unsafe.svg"), """
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">
                  <script>alert(1)</script>
                  <rect width="10" height="10" onclick="alert(2)"/>
                  <image xlink:href="https://example.org/track.png" width="10" height="10"/>
                  <rect width="5" height="5" style="fill: url(http://example.org/p.svg#g)"/>
                  <rect width="5" height="5" fill="url(#local)"/>
                </svg>
                """);
        String err = invalid(dir);
        assertTrue(err.contains("brand/unsafe.svg:2:3: the SVG logo has a <script> element"), err);
        assertTrue(err.contains("brand/unsafe.svg:3:3: the SVG logo's <rect> has the event handler onclick=\"…\", which is script"), err);
        assertTrue(err.contains("brand/unsafe.svg:4:3: the SVG logo loads something from outside the file: <image> refers to"
                + " \"https://example.org/track.png\""), err);
        assertTrue(err.contains("brand/unsafe.svg:5:3: the SVG logo loads something from outside the file"), err);
        assertFalse(err.contains("unsafe.svg:6:"), "a reference inside the file is fine: " + err);
        assertTrue(err.contains("4 problems"), err);
    }

    @Test
    void aDoctypeIsRefused() throws IOException {
        Path dir = withBrand("  logo: brand/dtd.svg\n");
        Files.writeString(dir.resolve("brand/dtd.svg"), "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><text>&x;</text></svg>\n");
        String err = invalid(dir);
        assertTrue(err.contains("brand/dtd.svg:2:"), err);
        assertTrue(err.contains("the SVG logo has a DOCTYPE"), err);
        assertFalse(err.contains("root:"), "nothing of the entity's file is read: " + err);
    }

    @Test
    void everyMistakeIsListedAtOnce() throws IOException {
        String err = invalid(withBrand("  logo: ../x.svg\n  primary: \"#ffff00\"\n  accent: red\n  colour: \"#000000\"\n"));
        List<String> located = err.lines().filter(l -> l.contains("site.yaml:")).toList();
        assertEquals(4, located.size(), err);
        assertTrue(err.contains("unknown key \"colour\" in brand"), err);
    }
}
