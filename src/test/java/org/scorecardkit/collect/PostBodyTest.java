package org.scorecardkit.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A post's body parsed into the record's fields and the control fields, form-encoded or JSON. */
class PostBodyTest {
    @Test
    void aFormJoinsARepeatedKeyAndSetsTheControlFieldsApart() throws Refusal {
        PostBody b = PostBody.of(PostBody.form("form-name=pulse&tools=wiki&tools=&tools=bot&comment=a%26b+c&_id=x-1"
                + "&_elapsed=12.5&_gotcha=&respondent=Ana"), "raw");

        assertEquals(Map.of("tools", "wiki;bot", "comment", "a&b c", "respondent", "Ana"), b.fields());
        assertEquals("x-1", b.submission());
        assertEquals(12.5, b.elapsed());
        assertFalse(b.gotcha());
        assertEquals(List.of("tools", "comment", "respondent"), List.copyOf(b.fields().keySet()), "in the order posted");
    }

    @Test
    void jsonTakesTheDownloadShapeAndFlatFields() throws Refusal {
        PostBody download = PostBody.of(PostBody.json("{\"instrument\":\"pulse\",\"version\":3,\"respondent\":\"Ana\","
                + "\"answers\":{\"energy\":4,\"tools\":[\"wiki\",\"bot\"],\"comment\":null},\"_gotcha\":\"spam\"}"), "raw");
        PostBody flat = PostBody.of(PostBody.json("{\"energy\":\"4\",\"tools\":\"wiki;bot\",\"_id\":\"\"}"), "raw");

        assertEquals(Map.of("instrument", "pulse", "version", "3", "respondent", "Ana", "energy", "4", "tools", "wiki;bot",
                "comment", ""), download.fields());
        assertTrue(download.gotcha());
        assertEquals(Map.of("energy", "4", "tools", "wiki;bot"), flat.fields());
        assertNull(flat.submission(), "a blank _id is no _id: the collector makes one");
    }

    @Test
    void malformedBodiesAndControlFieldsAreRefusedNamingTheField() {
        assertEquals(400, assertThrows(Refusal.class, () -> PostBody.json("{\"a\": ")).status());
        assertEquals(400, assertThrows(Refusal.class, () -> PostBody.json("\"text\"")).status());
        assertEquals("a", assertThrows(Refusal.class, () -> PostBody.json("{\"a\": [[1]]}")).field());
        assertEquals(400, assertThrows(Refusal.class, () -> PostBody.form("a=%zz")).status());
        assertEquals("_id", assertThrows(Refusal.class, () -> PostBody.of(PostBody.form("_id=a%2Fb"), "")).field());
        assertEquals("_elapsed", assertThrows(Refusal.class, () -> PostBody.of(PostBody.form("_elapsed=-1"), "")).field());
        assertEquals("_elapsed", assertThrows(Refusal.class, () -> PostBody.of(PostBody.form("_elapsed=NaN"), "")).field());
    }
}
