package org.scorecardkit.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where upgrade writes the format line into a site.yaml as people have written it. */
class FormatUpgradeTest {
    @Test
    void afterTheOpeningCommentsAndBeforeTheFirstKey() {
        assertEquals("# schema\n# mine\nformat: 1\ntitle: T\n", FormatUpgrade.withFormatLine("# schema\n# mine\ntitle: T\n"));
    }

    @Test
    void atTheTopWhenThereAreNoComments() {
        assertEquals("format: 1\ntitle: T\norganisation: O\n", FormatUpgrade.withFormatLine("title: T\norganisation: O\n"));
    }

    @Test
    void inTheFilesOwnWindowsLineEndings() {
        assertEquals("# schema\r\nformat: 1\r\ntitle: T\r\n", FormatUpgrade.withFormatLine("# schema\r\ntitle: T\r\n"));
    }

    @Test
    void afterADocumentStartLine() {
        assertEquals("---\nformat: 1\ntitle: T\n", FormatUpgrade.withFormatLine("---\ntitle: T\n"));
    }

    @Test
    void afterCommentsThatEndTheFileWithoutANewline() {
        assertEquals("# only a comment\nformat: 1\n", FormatUpgrade.withFormatLine("# only a comment"));
    }
}
