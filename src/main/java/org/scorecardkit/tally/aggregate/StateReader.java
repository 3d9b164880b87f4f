package org.scorecardkit.tally.aggregate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;

/**
 * The first look at a file named as a saved state, and the one-line problems reading states gives:
 * whether it is a state of this format at all, and of which instrument. Produces the instrument id.
 */
public final class StateReader {
    static final JsonFactory JSON = new JsonFactory();
    private static final String AGAIN = "; save it again with --save-state";

    private StateReader() {
    }

    /** A state that cannot be merged, with one line that says why (the file is named by the caller). */
    public static final class InvalidState extends IOException {
        public InvalidState(String message) {
            super(message);
        }
    }

    static InvalidState damaged(String what) {
        return new InvalidState("the state is damaged: " + what + AGAIN);
    }

    static InvalidState inconsistent(String what) {
        return new InvalidState("the state's counts do not add up: " + what + AGAIN);
    }

    /** Reads the format tag and the instrument id from the start of a state. */
    public static String instrumentOf(InputStream in) throws IOException {
        try (JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT || !"format".equals(p.nextFieldName())) {
                throw notAState();
            }
            String format = p.nextTextValue();
            if (StateJson.FORMAT_1.equals(format)) {
                throw new InvalidState("the state was saved by an earlier Scorecard Kit, without respondent digests or a checksum, "
                        + "so it cannot be merged exactly; tally its files again with --save-state");
            }
            if (StateJson.FORMAT_2.equals(format)) {
                throw new InvalidState("the state was saved by an earlier Scorecard Kit, which rejected whole rows for one bad cell "
                        + "and kept no count of the problems listed, so it cannot be merged with this one's; tally its files again with --save-state");
            }
            boolean known = StateJson.FORMAT.equals(format) || StateJson.FORMAT_4.equals(format) || StateJson.FORMAT_3.equals(format);
            if (!known || !"instrument".equals(p.nextFieldName())) {
                throw notAState();
            }
            String id = p.nextTextValue();
            if (id == null) {
                throw notAState();
            }
            return id;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw notAState();
        }
    }

    private static InvalidState notAState() {
        return new InvalidState("not a tally state saved with --save-state (no \"format\": \"" + StateJson.FORMAT + "\")");
    }
}
