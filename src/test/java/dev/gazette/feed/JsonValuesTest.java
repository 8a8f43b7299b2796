package dev.gazette.feed;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The check behind --check's "had control characters" for bodies, run over their UTF-8 bytes. */
class JsonValuesTest {

    static boolean controls(String s) {
        return JsonValues.hasControls(s.getBytes(StandardCharsets.UTF_8));
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
}
