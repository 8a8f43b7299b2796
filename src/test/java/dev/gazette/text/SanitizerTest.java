package dev.gazette.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SanitizerTest {

    @Test
    void nullAndEmptyGiveEmpty() {
        assertEquals("", Sanitizer.clean(null));
        assertEquals("", Sanitizer.cleanMultiline(null));
        assertEquals("", Sanitizer.clean(""));
    }

    @Test
    void plainAsciiIsUnchanged() {
        String s = "Hello, world! <b>&amp;</b>";
        assertEquals(s, Sanitizer.clean(s));
    }

    @Test
    void oscWindowTitleSequenceIsRemovedWhole() {
        assertEquals("before after", Sanitizer.clean("before \u001b]2;pwned title\u0007after"));
        assertEquals("ab", Sanitizer.clean("a\u001b]0;x\u001b\\b"));      // ST terminator
    }

    @Test
    void csiSequencesAreRemovedWhole() {
        assertEquals("cleared", Sanitizer.clean("\u001b[2Jcleared"));
        assertEquals("red text", Sanitizer.clean("\u001b[31;1mred\u001b[0m text"));
        assertEquals("x", Sanitizer.clean("\u001b[?1049hx"));
        assertEquals("reset", Sanitizer.clean("\u001bcreset"));
    }

    @Test
    void c1ControlsAreRemoved() {
        assertEquals("ab", Sanitizer.clean("a\u009b2Jb"));                 // C1 CSI with its parameters
        assertEquals("ab", Sanitizer.clean("a\u0080\u0081\u009ab"));
        assertEquals("ab", Sanitizer.clean("a\u009d8;;http://x\u009cb"));  // C1 OSC hyperlink
    }

    @Test
    void c0ControlsAndDelAreRemoved() {
        assertEquals("ab", Sanitizer.clean("a\u0007\u0000\u0008\u007fb"));
    }

    @Test
    void lineBreaksAndTabsBecomeSpacesInOneLine() {
        assertEquals("a b c d e", Sanitizer.clean("a\nb\r\nc\rd\te"));
    }

    @Test
    void bareCarriageReturnCannotOverwriteTheLine() {
        String s = Sanitizer.clean("Real title\rFake");
        assertEquals("Real title Fake", s);
        assertEquals("Real title\nFake", Sanitizer.cleanMultiline("Real title\rFake"));
    }

    @Test
    void multilineNormalisesEveryLineBreak() {
        assertEquals("a\nb\nc\nd\ne\nf", Sanitizer.cleanMultiline("a\r\nb\rc\u2028d\u0085e\nf"));
        assertEquals("a b", Sanitizer.cleanMultiline("a\tb"));
    }

    @Test
    void bidiControlsAreRemoved() {
        String evil = "abc\u202Edcba\u202C \u2066x\u2069 \u200Fy\u200E \u061Cz \u202A\u202B\u202D";
        assertEquals("abcdcba x y z ", Sanitizer.clean(evil));
    }

    @Test
    void rightToLeftTextStaysInLogicalOrder() {
        assertEquals("שלום world", Sanitizer.clean("\u202Bשלום\u202C world"));
    }

    @Test
    void zeroWidthCharactersAreRemoved() {
        assertEquals("abcdef", Sanitizer.clean("a\u200Bb\u200Cc\u200Dd\u2060e\uFEFFf"));
        assertEquals("Appearance", Sanitizer.clean("Appear\u00ADance"));   // soft hyphen
    }

    @Test
    void loneSurrogatesAndNoncharactersBecomeReplacementCharacter() {
        assertEquals("a\uFFFDb\uFFFD", Sanitizer.clean("a\uD800b\uFFFF"));
    }

    @Test
    void combiningSequencesAreComposed() {
        assertEquals("é", Sanitizer.clean("e\u0301"));
        assertEquals(1, TextWidth.columns(Sanitizer.clean("e\u0301")));
    }

    @Test
    void uncomposableMarksOnNarrowLettersAreDropped() {
        // Lanterna would give "b̸" two cells, terminals one: dropped to keep the row aligned
        assertEquals("Zalgo", Sanitizer.clean("Z\u0338\u0321a\u0337\u0324l\u035Cg\u0360o\u0489"));
        assertEquals("בית", Sanitizer.clean("בַּיִת"));        // Hebrew points
    }

    @Test
    void marksOnWideCharactersAreKept() {
        String s = Sanitizer.clean("\u30A2\u3099");          // katakana A + voiced mark: no precomposed form
        assertEquals("\u30A2\u3099", s);
        assertEquals(2, TextWidth.columns(s));
    }

    @Test
    void textPresentationSelectorIsDropped() {
        assertEquals("\u21A9", Sanitizer.clean("\u21A9\uFE0E"));          // Daring Fireball's footnote return
        assertEquals(1, TextWidth.columns(Sanitizer.clean("\u21A9\uFE0E")));
    }

    @Test
    void emojiPresentationCharactersGetTwoCellsOnBothSides() {
        assertEquals("\u26A1\uFE0F", Sanitizer.clean("\u26A1"));
        assertEquals("\u26A1\uFE0F", Sanitizer.clean("\u26A1\uFE0F"));
        assertEquals(2, TextWidth.columns(Sanitizer.clean("\u2705")));
        assertEquals("\u2764\uFE0F", Sanitizer.clean("\u2764\uFE0F"));    // red heart keeps its VS16
        assertEquals("a", Sanitizer.clean("a\uFE0F"));                    // VS16 on a letter means nothing
    }

    @Test
    void emojiSequencesThatJdk17SplitsAreSimplified() {
        assertEquals("\uD83D\uDC68\uD83D\uDC69\uD83D\uDC67",
                Sanitizer.clean("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"));   // ZWJ family
        assertEquals("\uD83D\uDC4D", Sanitizer.clean("\uD83D\uDC4D\uD83C\uDFFD"));      // skin tone
        assertEquals("JP", Sanitizer.clean("\uD83C\uDDEF\uD83C\uDDF5"));                 // flag
    }

    @Test
    void compatibilityFormsAreMadePlain() {
        assertEquals("bold", Sanitizer.clean("\uD835\uDC1B\uD835\uDC28\uD835\uDC25\uD835\uDC1D"));  // math bold
        assertEquals("kg", Sanitizer.clean("\u338F"));
    }

    @Test
    void cleaningTwiceChangesNothing() {
        java.util.Random random = new java.util.Random(3);
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0, n = random.nextInt(20); i < n; i++) {
                int pick = random.nextInt(4);
                sb.appendCodePoint(pick == 0 ? random.nextInt(0x400) : pick == 1 ? 0x2000 + random.nextInt(0x1000)
                        : pick == 2 ? 0xFE00 + random.nextInt(0x200) : 0x1F1E0 + random.nextInt(0x900));
            }
            String once = Sanitizer.clean(sb.toString());
            assertEquals(once, Sanitizer.clean(once));
            assertTrue(Sanitizer.isSafeSingleLine(once));
        }
    }

    @Test
    void cleanOutputHasNoControlCharacters() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x100; c++) all.append(c);
        all.append("\u2028\u2029\u202E\u2066\uFEFF");
        for (String s : new String[] {Sanitizer.clean(all.toString()), Sanitizer.cleanMultiline(all.toString())}) {
            for (char c : s.toCharArray()) {
                assertTrue(c == '\n' || (c >= 0x20 && c != 0x7F && (c < 0x80 || c > 0x9F)), "control " + (int) c);
            }
        }
    }
}
