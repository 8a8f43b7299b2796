package dev.gazette.feed;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the boundary removes from feed and journal text, and what it keeps. */
class CleanTextTest {

    @Test
    void escapeSequencesGoWhole() {
        assertEquals("Mallory", CleanText.line("Mallory\u001b[2J"));
        assertEquals("titlex", CleanText.line("title\u001b]0;owned\u0007x"));
        assertEquals("ab", CleanText.line("a\u009b31mb"));
        assertEquals("ab", CleanText.line("a\u0007\u0000\u007f\u0085b").replace(" ", ""));
    }

    @Test
    void bidiControlsAndHiddenCharactersGo() {
        assertEquals("evil.exe", CleanText.line("evil\u202e.exe"));
        assertEquals("ab", CleanText.line("a\u200bb"));
        assertEquals("ab", CleanText.line("a\u2066b\u2069"));
        assertEquals("ab", CleanText.line("\ufeffa\u00adb"));
    }

    @Test
    void writingStaysWhole() {
        String[] kept = {"हिन्दी समाचार", "ภาษาไทย", "می\u200cخواهم", "👩\u200d👩\u200d👧", "🇯🇵", "за\u0301мок",
                "Tiếng Việt", "1\ufe0f\u20e3", "👍🏽", "مُحَمَّد"};
        for (String s : kept) assertEquals(s, CleanText.line(s), s);
    }

    @Test
    void lineBreaksAreSpacesOnALineAndKeptInMultiline() {
        assertEquals("a b c d", CleanText.line("a\nb\r\nc\td"));
        assertEquals("a\nb\nc", CleanText.multiline("a\r\nb\rc"));
    }

    @Test
    void brokenUtf16IsReplaced() {
        assertEquals("a\ufffdb", CleanText.line("a\ud800b"));
        assertEquals("\ufffd", CleanText.line("\uffff"));
    }

    @Test
    void nullStaysNullAndCleanTextIsRecognised() {
        assertNull(CleanText.line(null));
        assertTrue(CleanText.isClean("plain"));
        assertFalse(CleanText.isClean("a\u001bb"));
    }
}
