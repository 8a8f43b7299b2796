package dev.gazette.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.BreakIterator;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GraphemesTest {

    /** The fast path assumes the JDK never joins two characters below U+0300 (controls aside); check every pair. */
    @Test
    void fastPathAgreesWithBreakIteratorForEveryLatinPair() {
        BreakIterator bi = BreakIterator.getCharacterInstance();
        for (char c = 0x20; c < 0x300; c++) {
            if (c >= 0x7F && c <= 0x9F) continue;
            for (char d = 0x20; d < 0x300; d++) {
                if ((d >= 0x7F && d <= 0x9F) || d == 0xAD) continue;
                String s = "" + c + d;
                bi.setText(s);
                assertEquals(1, bi.following(0), () -> "pair U+" + Integer.toHexString(s.charAt(0)) + " U+" + Integer.toHexString(s.charAt(1)));
                assertEquals(1, new Graphemes(s).next(0));
            }
        }
    }

    @Test
    void clustersMatchLanternaOnRandomCleanText() {
        int[][] ranges = {{0x20, 0x7E}, {0xA0, 0x2FF}, {0x300, 0x36F}, {0x591, 0x5F4}, {0x600, 0x6FF}, {0x900, 0x97F},
            {0xE00, 0xE7F}, {0x1100, 0x11FF}, {0x2000, 0x2BFF}, {0x3000, 0x30FF}, {0x4E00, 0x4FFF}, {0xAC00, 0xAD00},
            {0xFE00, 0xFE6F}, {0xFF00, 0xFFEF}, {0x1F300, 0x1FAFF}, {0x1F1E6, 0x1F1FF}, {0x20000, 0x20100}};
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + random.nextInt(30);
            for (int i = 0; i < len; i++) {
                int[] r = ranges[random.nextInt(ranges.length)];
                sb.appendCodePoint(r[0] + random.nextInt(r[1] - r[0] + 1));
            }
            String clean = Sanitizer.clean(sb.toString());
            assertEquals(TextWidthTest.lanternaColumns(clean), TextWidth.columns(clean), () -> "columns of " + clean);
            // take() never splits a cluster: what it keeps re-measures the same
            String half = TextWidth.take(clean, TextWidth.columns(clean) / 2);
            assertTrue(clean.startsWith(half));
            assertEquals(TextWidthTest.lanternaColumns(half), TextWidth.columns(half));
        }
    }
}
