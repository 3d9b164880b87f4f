package org.scorecardkit.render.html.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The browser tests' own helpers, checked without a browser: the CSV reader, the localhost guard, the form decoder. */
class TestHelpersTest {
    @Test
    void csvReadsQuotedFieldsWithCommasQuotesAndLineBreaksAndEmptyCells() {
        assertEquals(List.of(List.of("a", "b,c", "say \"hi\"", ""), List.of("x\r\ny", "", "'=1", "2")),
                Csv.parse("a,\"b,c\",\"say \"\"hi\"\"\",\r\n\"x\r\ny\",,'=1,2\r\n"));
    }

    @Test
    void csvRejectsWhatRfc4180DoesNotAllow() {
        assertThrows(IllegalArgumentException.class, () -> Csv.parse("a,b\n"), "LF line end");
        assertThrows(IllegalArgumentException.class, () -> Csv.parse("a,b"), "no line end after the last record");
        assertThrows(IllegalArgumentException.class, () -> Csv.parse("a,b\"c\r\n"), "a bare quote");
        assertThrows(IllegalArgumentException.class, () -> Csv.parse("\"a\r\n"), "an unclosed quote");
    }

    @Test
    void onlyLoopbackHostsCountAsLocal() {
        assertTrue(RequestLog.local("http://127.0.0.1:4711/skillset/index.html"));
        assertTrue(RequestLog.local("http://localhost/x"));
        assertTrue(RequestLog.local("blob:http://127.0.0.1:4711/0b3e-41"));
        assertTrue(RequestLog.local("data:text/plain,hi"));
        assertFalse(RequestLog.local("https://fonts.googleapis.com/css?family=Inter"));
        assertFalse(RequestLog.local("http://127.0.0.1.example.com/"));
        assertFalse(RequestLog.local("blob:https://cdn.example.org/1"));
        assertFalse(RequestLog.local("ftp://127.0.0.1/"));
        assertTrue(PageBudgetTest.isForeign("//cdn.example.org/x.js"));
        assertFalse(PageBudgetTest.isForeign("../assets/style.css"));
    }

    @Test
    void formBodiesDecodeRepeatedFieldsInOrder() {
        assertEquals(Map.of("tools", List.of("wiki", "bot"), "group", List.of("Ops & Sales"), "_gotcha", List.of("")),
                Endpoint.decode("tools=wiki&group=Ops+%26+Sales&_gotcha=&tools=bot"));
    }
}
