package org.scorecardkit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scorecardkit.TestFiles;
import org.scorecardkit.model.Instrument;
import org.scorecardkit.model.Paper;
import org.scorecardkit.model.SiteContent;

/** Chinese and Japanese content passes the glyph check and prints, through the fallback font, on sheets and cards. */
class CjkContentTest {
    private static final String QUESTION = "您向朋友推荐我们的可能性有多大？";

    @TempDir
    Path temp;

    private SiteContent content() throws Exception {
        Path dir = TestFiles.copyTree(Path.of("src/test/resources/sites/languages"), temp.resolve("content"));
        Files.writeString(dir.resolve("instruments/diaocha.yaml"), """
                id: diaocha
                version: 1
                kind: nps
                title: 客户调查
                description: 一个问题的客户调查。
                intro: 感谢您抽出时间。ありがとうございます。
                scales:
                  likelihood:
                    min: 0
                    max: 10
                    labels:
                      0: 完全不可能
                      10: 极有可能
                items:
                  - id: tuijian
                    type: rating
                    text: %s
                    scale: likelihood
                    required: true
                scoring:
                  method: nps
                  items: [tuijian]
                """.formatted(QUESTION), StandardCharsets.UTF_8);
        SiteContent content = P2Pdfs.load(dir);
        assertEquals(List.of(), GlyphCheck.problems(content, dir), "every character has a font");
        return content;
    }

    @Test
    void theCardsPrintTheChineseQuestionAndLabels() throws Exception {
        Instrument survey = content().instrument("diaocha");
        String text = P2Pdfs.text(CardRenderer.render(survey, Paper.A4));
        assertTrue(text.contains(QUESTION), text);
        assertTrue(text.contains("完全不可能") && text.contains("极有可能"), text);
        assertEquals(4, P2Pdfs.count(text, QUESTION), "four cards to a sheet");
    }

    @Test
    void thePrintableSheetPrintsTheTitleAndQuestion() throws Exception {
        Instrument survey = content().instrument("diaocha");
        String text = P2Pdfs.text(SheetRenderer.blank(SheetLayout.layout(survey, Paper.A4)));
        assertTrue(text.contains("客户调查"), text);
        assertTrue(text.contains(QUESTION), text);
        assertTrue(text.contains("ありがとうございます"), text);
    }
}
