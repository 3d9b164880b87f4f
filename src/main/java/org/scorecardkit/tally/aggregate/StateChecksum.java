package org.scorecardkit.tally.aggregate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Checks the checksum that ends a saved state: the SHA-256 of every byte before
 * {@code ,\n  "checksum" : "…"\n}\n}, which is exactly how {@link StateJson} ends a file. Produces
 * the checksum, which also tells two copies of one state apart from two states.
 */
final class StateChecksum {
    private static final byte[] BEFORE = ",\n  \"checksum\" : \"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] AFTER = "\"\n}\n".getBytes(StandardCharsets.US_ASCII);
    private static final int HEX = 64;
    private static final int TAIL = BEFORE.length + HEX + AFTER.length;

    private StateChecksum() {
    }

    /** A new SHA-256 digest: the checksum's, and the respondent digests' of {@link RespondentRows}. */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Reads the whole stream; returns the checksum when it matches the content, else fails with one line. */
    static String verify(InputStream in) throws IOException {
        MessageDigest sha = sha256();
        byte[] buffer = new byte[1 << 16];
        byte[] tail = new byte[TAIL];
        int kept = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            // Everything but the last TAIL bytes seen so far is content.
            int total = kept + n;
            int spill = Math.max(0, total - TAIL);
            int fromTail = Math.min(spill, kept);
            sha.update(tail, 0, fromTail);
            System.arraycopy(tail, fromTail, tail, 0, kept - fromTail);
            kept -= fromTail;
            int fromBuffer = spill - fromTail;
            sha.update(buffer, 0, fromBuffer);
            System.arraycopy(buffer, fromBuffer, tail, kept, n - fromBuffer);
            kept += n - fromBuffer;
        }
        if (kept < TAIL || !Arrays.equals(tail, 0, BEFORE.length, BEFORE, 0, BEFORE.length)
                || !Arrays.equals(tail, TAIL - AFTER.length, TAIL, AFTER, 0, AFTER.length)) {
            throw new StateReader.InvalidState("the state is cut short or was changed after it was saved (no checksum at its end); "
                    + "save it again with --save-state");
        }
        String written = new String(tail, BEFORE.length, HEX, StandardCharsets.US_ASCII);
        String actual = HexFormat.of().formatHex(sha.digest());
        if (!actual.equals(written)) {
            throw new StateReader.InvalidState("the state was changed after it was saved (checksum mismatch); save it again with --save-state");
        }
        return actual;
    }
}
