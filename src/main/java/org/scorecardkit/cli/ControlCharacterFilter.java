package org.scorecardkit.cli;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes UTF-8 text on to a terminal with every character that could drive the terminal made
 * visible, so that respondent text, content text and file names can never clear the screen, set
 * colours or retitle the window.
 *
 * <ul>
 *   <li>C0 controls become their Unicode control pictures (ESC shows as ␛, BEL as ␇), except
 *       {@code \n}, {@code \t} and {@code \r} directly before {@code \n}; a lone {@code \r} shows as ␍;</li>
 *   <li>DEL shows as ␡;</li>
 *   <li>C1 controls (U+0080–U+009F, e.g. the one-character CSI U+009B), the bidi embeddings,
 *       overrides and isolates (U+202A–U+202E, U+2066–U+2069, which can reorder what a line appears
 *       to say) and malformed UTF-8 show as U+FFFD �.</li>
 * </ul>
 *
 * <p>It works on the bytes, which is safe for UTF-8: a byte below 0x80 is always a whole character,
 * and a multi-byte character is held until it is complete, even when it arrives split over writes.
 * Everything else passes through unchanged and is written on at the end of each write, so flushing
 * behaves as it did without the filter.
 */
final class ControlCharacterFilter extends OutputStream {
    private static final byte[] REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};
    private static final byte[] DELETE_PICTURE = {(byte) 0xE2, (byte) 0x90, (byte) 0xA1};
    private static final int[] SMALLEST = {0, 0, 0x80, 0x800, 0x10000};

    private final OutputStream out;
    private final byte[] buffer = new byte[4096];
    private int used;
    private final byte[] sequence = new byte[4];
    private int have;
    private int need;
    private boolean carriageReturn;

    ControlCharacterFilter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        take(b & 0xFF);
        drain();
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            take(bytes[i] & 0xFF);
        }
        drain();
    }

    /** Writes on what is filtered; a character still incomplete, or a {@code \r} that may yet start a line end, waits. */
    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    /** Ends the text: what still waits is shown as it stands, then everything is flushed; the stream underneath stays open. */
    void finish() throws IOException {
        if (need > 0) {
            emit(REPLACEMENT);
            need = 0;
        }
        if (carriageReturn) {
            picture('\r');
            carriageReturn = false;
        }
        flush();
    }

    @Override
    public void close() throws IOException {
        finish();
        out.close();
    }

    private void take(int b) throws IOException {
        if (need > 0) {
            if ((b & 0xC0) == 0x80) {
                sequence[have++] = (byte) b;
                if (have == need) {
                    completeSequence();
                }
                return;
            }
            emit(REPLACEMENT); // the sequence broke off; the byte that broke it starts afresh
            need = 0;
        }
        if (carriageReturn) {
            carriageReturn = false;
            if (b == '\n') {
                emit((byte) '\r');
            } else {
                picture('\r');
            }
        }
        if (b < 0x80) {
            ascii(b);
        } else {
            startSequence(b);
        }
    }

    private void ascii(int b) throws IOException {
        if (b == '\r') {
            carriageReturn = true;
        } else if (b == '\n' || b == '\t' || (b >= 0x20 && b < 0x7F)) {
            emit((byte) b);
        } else if (b == 0x7F) {
            emit(DELETE_PICTURE);
        } else {
            picture(b);
        }
    }

    private void startSequence(int lead) throws IOException {
        int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
        if (length == 0) {
            emit(REPLACEMENT);
            return;
        }
        sequence[0] = (byte) lead;
        have = 1;
        need = length;
    }

    private void completeSequence() throws IOException {
        int length = need;
        need = 0;
        int cp = sequence[0] & (0x7F >> length);
        for (int i = 1; i < length; i++) {
            cp = cp << 6 | sequence[i] & 0x3F;
        }
        boolean wellFormed = cp >= SMALLEST[length] && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);
        if (!wellFormed || cp <= 0x9F || cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069) {
            emit(REPLACEMENT);
        } else {
            for (int i = 0; i < length; i++) {
                emit(sequence[i]);
            }
        }
    }

    /** The control picture of a C0 control, U+2400 plus its code: E2 90 80+code in UTF-8. */
    private void picture(int control) throws IOException {
        emit((byte) 0xE2);
        emit((byte) 0x90);
        emit((byte) (0x80 + control));
    }

    private void emit(byte[] bytes) throws IOException {
        for (byte b : bytes) {
            emit(b);
        }
    }

    private void emit(byte b) throws IOException {
        if (used == buffer.length) {
            drain();
        }
        buffer[used++] = b;
    }

    private void drain() throws IOException {
        if (used > 0) {
            out.write(buffer, 0, used);
            used = 0;
        }
    }
}
