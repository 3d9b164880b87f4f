package org.scorecardkit.tally.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The UTF-8 check agrees with the JDK's strict decoder, and the Windows-1252 reader decodes every byte. */
class Utf8Test {
    private static Utf8.Scan scan(byte[] bytes) throws IOException {
        return Utf8.scan(new ByteArrayInputStream(bytes), bytes.length);
    }

    /** Where the JDK's strict decoder finds the first malformed byte, or -1. */
    private static long jdkFirstInvalid(byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = d.decode(in, out, true);
        return r.isError() ? in.position() : -1;
    }

    @Test
    void agreesWithTheJdkOnRandomBytesNearTheEdgesOfUtf8() throws IOException {
        Random random = new Random(8);
        int[] interesting = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1,
            0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFE, 0xFF};
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes = new byte[1 + random.nextInt(40)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) interesting[random.nextInt(interesting.length)];
            }
            long expected = jdkFirstInvalid(bytes);
            assertEquals(expected, scan(bytes).firstInvalid(), () -> hex(bytes));
            // The smallest buffer puts a buffer edge inside nearly every sequence.
            assertEquals(expected, Utf8.scan(new ByteArrayInputStream(bytes), 0).firstInvalid(), () -> "small buffer: " + hex(bytes));
        }
    }

    @Test
    void wellFormedTextOfEveryLengthIsValidAndCounted() throws IOException {
        byte[] text = "a ü € 😀 z".getBytes(StandardCharsets.UTF_8);

        Utf8.Scan s = scan(text);

        assertEquals(-1, s.firstInvalid());
        assertEquals(3, s.multibyte());
    }

    @Test
    void overlongsSurrogatesAndBeyondUnicodeAreNotUtf8() throws IOException {
        assertEquals(1, scan(new byte[] {'a', (byte) 0xC0, (byte) 0x80}).firstInvalid(), "overlong NUL");
        assertEquals(0, scan(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}).firstInvalid(), "a surrogate");
        assertEquals(0, scan(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}).firstInvalid(), "past U+10FFFF");
        assertEquals(2, scan(new byte[] {'a', 'b', (byte) 0xC3}).firstInvalid(), "cut short at the end");
    }

    /** A sequence across the scanner's 1 MB buffer, at every offset around the edge, and a stray byte far into the file. */
    @Test
    void sequencesAcrossTheBufferEdgeAreSeenWhole() throws IOException {
        byte[] emoji = "😀".getBytes(StandardCharsets.UTF_8);
        for (int shift = -5; shift <= 1; shift++) {
            byte[] bytes = new byte[(1 << 20) + 16];
            java.util.Arrays.fill(bytes, (byte) 'x');
            System.arraycopy(emoji, 0, bytes, (1 << 20) + shift, 4);
            Utf8.Scan s = Utf8.scan(new ByteArrayInputStream(bytes), Long.MAX_VALUE);
            assertEquals(-1, s.firstInvalid(), "shift " + shift);
            assertEquals(1, s.multibyte(), "shift " + shift);
        }
        byte[] far = new byte[3 << 20];
        java.util.Arrays.fill(far, (byte) 'x');
        far[(5 << 19) + 3] = (byte) 0xFC;
        Utf8.Scan s = Utf8.scan(new ByteArrayInputStream(far), Long.MAX_VALUE);
        assertEquals((5 << 19) + 3, s.firstInvalid());
        assertEquals(1, s.invalid());
    }

    @Test
    void windows1252DecodesEveryByteAsBrowsersDo() throws IOException {
        Charset jdk = Charset.forName("windows-1252");
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        String ours = read(FileChars.notUtf8(new ByteArrayInputStream(all), false), 7);
        String theirs = new String(all, jdk);

        assertEquals(256, ours.length());
        for (int i = 0; i < 256; i++) {
            // The JDK leaves the five bytes Windows-1252 does not define unmapped; browsers give U+0081 etc.
            char expected = theirs.charAt(i) == '\uFFFD' ? (char) i : theirs.charAt(i);
            assertEquals(expected, ours.charAt(i), "byte " + i);
        }
    }

    /** Mostly UTF-8: its sequences stay UTF-8, a 4-byte one split over two reads included; stray bytes are Windows-1252. */
    @Test
    void mixedTextKeepsUtf8AndReadsStrayBytesAsWindows1252() throws IOException {
        byte[] utf8 = "Müller 😀 ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(utf8, utf8.length + 3);
        bytes[utf8.length] = (byte) 0xFC;    // ü in Windows-1252
        bytes[utf8.length + 1] = (byte) 0x80; // €
        bytes[utf8.length + 2] = (byte) 0xC3; // cut short at the end

        for (int chunk : new int[] {1, 2, 3, 4096}) {
            assertEquals("Müller 😀 ü€Ã", read(FileChars.notUtf8(new ByteArrayInputStream(bytes), true), chunk), "chunk " + chunk);
        }
    }

    private static String read(Reader r, int chunk) throws IOException {
        StringBuilder s = new StringBuilder();
        char[] c = new char[chunk];
        for (int n; (n = r.read(c, 0, chunk)) > 0; ) {
            s.append(c, 0, n);
        }
        return s.toString();
    }

    private static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            s.append(String.format("%02X ", b));
        }
        return s.toString();
    }
}
