package org.scorecardkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The terminal filter: controls shown visibly, everything else byte for byte, whatever the write boundaries. */
class ControlCharacterFilterTest {
    /** The text through the filter in one write. */
    static String filtered(String text) throws IOException {
        return filtered(text.getBytes(StandardCharsets.UTF_8), Integer.MAX_VALUE);
    }

    /** The bytes through the filter in writes of at most {@code chunk} bytes, then finished. */
    static String filtered(byte[] bytes, int chunk) throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        ControlCharacterFilter filter = new ControlCharacterFilter(sink);
        for (int i = 0; i < bytes.length; i += chunk) {
            int n = Math.min(chunk, bytes.length - i);
            if (n == 1) {
                filter.write(bytes[i]);
            } else {
                filter.write(bytes, i, n);
            }
        }
        filter.finish();
        return sink.toString(StandardCharsets.UTF_8);
    }

    @Test
    void ansiAndOscEscapesAreShownAsControlPictures() throws IOException {
        assertEquals("␛[2J␛]0;pwned␇␛[31mred␛[0m", filtered("\u001b[2J\u001b]0;pwned\u0007\u001b[31mred\u001b[0m"));
    }

    @Test
    void everyC0ControlButNewlineAndTabIsShownAndDelToo() throws IOException {
        StringBuilder in = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            in.append(c);
            expected.append(c == '\n' || c == '\t' ? c : c == '\r' ? '␍' : (char) (0x2400 + c));
        }
        in.append('\u007f');
        expected.append('␡');
        assertEquals(expected.toString(), filtered(in.toString()));
    }

    @Test
    void carriageReturnSurvivesOnlyBeforeANewlineEvenAcrossWrites() throws IOException {
        assertEquals("a\r\nb", filtered("a\r\nb"));
        assertEquals("a␍b", filtered("a\rb"));
        assertEquals("a␍", filtered("a\r"), "a lone \\r at the end is shown when the text ends");
        assertEquals("a\r\nb\r\n", filtered("a\r\nb\r\n".getBytes(StandardCharsets.UTF_8), 2));
        assertEquals("a␍␍\r\n", filtered("a\r\r\r\n".getBytes(StandardCharsets.UTF_8), 1));
    }

    @Test
    void c1ControlsAndBidiOverridesBecomeTheReplacementCharacter() throws IOException {
        assertEquals("�2J x �", filtered("\u009b2J x \u0085"));
        assertEquals("abc�evil�def", filtered("abc\u202eevil\u202cdef"));
        assertEquals("���� ���", filtered("\u202a\u202b\u202d\u202e \u2066\u2067\u2069"));
    }

    @Test
    void multiByteTextPassesUnchangedWhenSplitAtEveryByte() throws IOException {
        String text = "Grüße, €5 — 日本語 😀 \u2028 ok \u200f";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int chunk = 1; chunk <= 5; chunk++) {
            assertEquals(text, filtered(bytes, chunk), "chunk " + chunk);
        }
    }

    @Test
    void malformedAndOverlongUtf8IsReplacedNotPassedOn() throws IOException {
        // 0xC0 0x9B would be an over-long ESC; 0xE0 0x80 0x9B too; 0xED 0xA0 0x80 a surrogate; a bare 0x9B a raw C1.
        byte[] bytes = {'a', (byte) 0xC0, (byte) 0x9B, 'b', (byte) 0xE0, (byte) 0x80, (byte) 0x9B, 'c',
                (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'd', (byte) 0x9B, 'e', (byte) 0xE2, (byte) 0x82, 'f', (byte) 0xF0};
        String out = filtered(bytes, 3);
        assertEquals("a��b�c�d�e�f�", out);
    }

    @Test
    void flushWritesOnEverythingCompleteAndHoldsOnlyAnUnfinishedCharacter() throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        int[] flushes = {0};
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                sink.write(b);
            }

            @Override
            public void flush() {
                flushes[0]++;
            }
        };
        ControlCharacterFilter filter = new ControlCharacterFilter(counting);
        byte[] euro = "€".getBytes(StandardCharsets.UTF_8);
        filter.write(new byte[] {'o', 'k', euro[0]});
        filter.flush();
        assertEquals("ok", sink.toString(StandardCharsets.UTF_8));
        assertEquals(1, flushes[0]);
        filter.write(euro, 1, 2);
        assertEquals("ok€", sink.toString(StandardCharsets.UTF_8), "a write passes on at once, without waiting for a flush");
    }
}
