package dev.gazette.feed;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The body store's encoding, and the check behind --check's "had control characters" for bodies. */
class Utf8BufferTest {

    /** Whether the store reports s as having control characters, given as a String and as an XML text's characters. */
    static boolean controls(String s) {
        boolean asString = new Utf8Buffer(4).putField(s, true);
        boolean asChars = new Utf8Buffer(4).putField(new BodyChars(s.toCharArray()), true);
        assertEquals(asString, asChars, s);
        return asString;
    }

    @Test
    void layoutCharactersAndWritingAreNotControls() {
        assertFalse(controls("<p>Line one\n\tLine two\r\n</p>"));
        assertFalse(controls("café ¡Olé! ÂÀ ß 東京 👩\u200d👩\u200d👧 \u00a0"));
    }

    @Test
    void c0DelAndC1AreControls() {
        assertTrue(controls("bell\u0007"));
        assertTrue(controls("esc\u001b[2J"));
        assertTrue(controls("del\u007f"));
        assertTrue(controls("next line\u0085"));
        assertTrue(controls("csi\u009b31m"));
        assertFalse(controls("\u00a0\u00bf"), "0xC2 0xA0 and 0xC2 0xBF are text");
    }

    @Test
    void charactersFromAnArrayEncodeAsStringsDo() {
        String s = "a é 東京 👍🏽 \uD800 x \uDC00 end";
        for (CharSequence given : new CharSequence[] {s, new BodyChars(s.toCharArray())}) {
            Utf8Buffer out = new Utf8Buffer(4);
            assertFalse(out.putField(given, true));
            out.putField(null, false);
            int[] pos = {0};
            assertEquals(new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
                    Utf8Buffer.readField(out.bytes(), pos), given.getClass().getSimpleName());
            assertNull(Utf8Buffer.readField(out.bytes(), pos));
            assertEquals(out.size(), pos[0]);
        }
    }

    @Test
    void controlsAreFoundOnlyWhenAskedFor() {
        Utf8Buffer out = new Utf8Buffer(4);
        assertFalse(out.putField("esc\u001b", false));
        assertTrue(out.putField("esc\u001b", true));
        assertTrue(out.putField(new BodyChars("bell\u0007".toCharArray()), true));
    }

    @Test
    void lengthsTakeOneByteForAShortBodyAndStillReadBackForALongOne() {
        Utf8Buffer out = new Utf8Buffer(4);
        out.putField("Body 7.", false);
        assertEquals(1 + 7, out.size(), "one byte of length for a one-line body");
        String longOne = "日本".repeat(30_000); // 180,000 bytes: its length takes three bytes
        out.putField(longOne, false);
        out.putField("", false);
        out.putField(null, false);
        int[] pos = {0};
        assertEquals("Body 7.", Utf8Buffer.readField(out.bytes(), pos));
        assertEquals(longOne, Utf8Buffer.readField(out.bytes(), pos));
        assertEquals("", Utf8Buffer.readField(out.bytes(), pos));
        assertNull(Utf8Buffer.readField(out.bytes(), pos));
        assertEquals(out.size(), pos[0]);
    }
}
