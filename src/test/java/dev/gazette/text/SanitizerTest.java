package dev.gazette.text;

import dev.gazette.feed.CleanText;

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
    void invisibleCharactersAreRemovedButJoinersStay() {
        assertEquals("ab\u200Cc\u200Ddef", Sanitizer.clean("a\u200Bb\u200Cc\u200Dd\u2060e\uFEFFf"));
        assertEquals("Appearance", Sanitizer.clean("Appear\u00ADance"));   // soft hyphen
    }

    @Test
    void loneSurrogatesAndNoncharactersBecomeReplacementCharacter() {
        assertEquals("a\uFFFDb\uFFFD", Sanitizer.clean("a\uD800b\uFFFF"));
    }

    @Test
    void textIsKeptAsWrittenNotNormalised() {
        assertEquals("e\u0301", Sanitizer.clean("e\u0301"));           // decomposed stays decomposed
        assertEquals(1, TextWidth.columns(Sanitizer.clean("e\u0301")));
        assertEquals("\uD835\uDC1B\uD835\uDC28\uD835\uDC25\uD835\uDC1D",
                Sanitizer.clean("\uD835\uDC1B\uD835\uDC28\uD835\uDC25\uD835\uDC1D"));   // math bold stays
        assertEquals("\u338F", Sanitizer.clean("\u338F"));
    }

    @Test
    void combiningMarksOfEveryScriptAreKept() {
        for (String s : new String[] {"हिन्दी समाचार", "ภาษาไทย", "مُحَمَّد", "Tiếng Việt có dấu", "за\u0301мок",
            "क्षत्रिय", "בַּיִת", "\u30A2\u3099", "Z\u0338\u0321a\u0337\u0324l\u035Cg\u0360o\u0489"}) {
            assertEquals(s, Sanitizer.clean(s));
            assertTrue(CleanText.isClean(s), s);
        }
    }

    @Test
    void joinersAndVariationSelectorsAreKept() {
        assertEquals("می\u200Cخواهم", Sanitizer.clean("می\u200Cخواهم"));                 // Persian ZWNJ
        assertEquals("\u21A9\uFE0E", Sanitizer.clean("\u21A9\uFE0E"));                  // text presentation
        assertEquals("\u2764\uFE0F", Sanitizer.clean("\u2764\uFE0F"));
        assertEquals("\u26A1", Sanitizer.clean("\u26A1"));                              // no VS16 added
        assertEquals(2, TextWidth.columns("\u26A1"));
    }

    @Test
    void emojiSequencesAreKeptWhole() {
        for (String s : new String[] {"\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uD83C\uDDEF\uD83C\uDDF5",
            "1\uFE0F\u20E3", "\uD83D\uDC4D\uD83C\uDFFD"}) {
            assertEquals(s, Sanitizer.clean(s));
            assertEquals(2, TextWidth.columns(s), s);
        }
    }

    @Test
    void tabsAreKeptOnlyForPreformattedText() {
        assertEquals("a\tb\nc", Sanitizer.cleanKeepTabs("a\tb\r\nc"));
        assertEquals("a\tb", Sanitizer.cleanKeepTabs("a\t\u001b[2Jb"));
        assertEquals("a b", Sanitizer.clean("a\tb"));
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
            assertTrue(CleanText.isClean(once));
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
