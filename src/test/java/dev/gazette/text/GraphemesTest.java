package dev.gazette.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GraphemesTest {

    private static List<String> regexClusters(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\X").matcher(s);
        while (m.find()) out.add(m.group());
        return out;
    }

    /** The fast path assumes nothing joins before a char below U+0300 unless CR LF or a Prepend; check every pair. */
    @Test
    void fastPathAgreesWithTheRegexForEveryPairBelowU0600() {
        for (char c = 0; c < 0x600; c++) {
            for (char d = 0; d < 0x300; d++) {
                String s = "" + c + d;
                assertEquals(regexClusters(s).get(0).length(), new Graphemes(s).next(0),
                        () -> "pair U+" + Integer.toHexString(s.charAt(0)) + " U+" + Integer.toHexString(s.charAt(1)));
            }
        }
    }

    @Test
    void clustersOfEveryScript() {
        assertEquals(List.of("हि", "न्", "दी", " ", "स", "मा", "चा", "र"), Graphemes.split("हिन्दी समाचार"));
        assertEquals(List.of("ภ", "า", "ษ", "า", "ไ", "ท", "ย"), Graphemes.split("ภาษาไทย"));
        assertEquals(List.of("مُ", "حَ", "مَّ", "د"), Graphemes.split("مُحَمَّد"));
        assertEquals(List.of("م", "ی\u200C", "خ", "و", "ا", "ه", "م"), Graphemes.split("می\u200Cخواهم"));   // ZWNJ extends
        assertEquals(List.of("з", "а\u0301", "м", "о", "к"), Graphemes.split("за\u0301мок"));
        assertEquals(List.of("T", "i", "e\u0302\u0301", "n", "g"), Graphemes.split("Tie\u0302\u0301ng"));
        assertEquals(List.of("क्", "ष", "त्", "रि", "य"), Graphemes.split("क्षत्रिय"));   // Unicode 13: no conjunct rule
    }

    @Test
    void emojiSequencesAreOneCluster() {
        String family = "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        assertEquals(List.of("a", family, "b"), Graphemes.split("a" + family + "b"));
        assertEquals(List.of("\uD83C\uDDEF\uD83C\uDDF5", "\uD83C\uDDFA\uD83C\uDDF8"),
                Graphemes.split("\uD83C\uDDEF\uD83C\uDDF5\uD83C\uDDFA\uD83C\uDDF8"));   // flags pair up
        assertEquals(List.of("1\uFE0F\u20E3"), Graphemes.split("1\uFE0F\u20E3"));
        assertEquals(List.of("\uD83D\uDC4D\uD83C\uDFFD"), Graphemes.split("\uD83D\uDC4D\uD83C\uDFFD"));
        assertEquals(List.of("\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08"), Graphemes.split("\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08"));
    }

    @Test
    void previousAndBoundaries() {
        String s = "X\uD83C\uDDEF\uD83C\uDDF5Y";
        assertEquals(1, Graphemes.previous(s, 5));
        assertEquals(0, Graphemes.previous(s, 1));
        assertEquals(5, Graphemes.next(s, 1));
        assertTrue(Graphemes.isBoundary(s, 1));
        assertFalse(Graphemes.isBoundary(s, 3));      // between the two regional indicators
        assertFalse(Graphemes.isBoundary(s, 2));      // between the halves of a surrogate pair
        assertEquals(0, Graphemes.previous("", 0));
    }

    /** On random clean text: clusters match the regex, cells add up to the columns, take() never splits a cluster. */
    @Test
    void clustersCellsAndColumnsAgreeOnRandomCleanText() {
        int[][] ranges = {{0x20, 0x7E}, {0xA0, 0x2FF}, {0x300, 0x36F}, {0x591, 0x5F4}, {0x600, 0x6FF}, {0x900, 0x97F},
            {0xE00, 0xE7F}, {0x1100, 0x11FF}, {0x2000, 0x2BFF}, {0x3000, 0x30FF}, {0x4E00, 0x4FFF}, {0xAC00, 0xAD00},
            {0xFE00, 0xFE6F}, {0xFF00, 0xFFEF}, {0x1F300, 0x1FAFF}, {0x1F1E6, 0x1F1FF}, {0x1F3FB, 0x1F3FF},
            {0x200C, 0x200D}, {0x20000, 0x20100}};
        Random random = new Random(7);
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + random.nextInt(30);
            for (int i = 0; i < len; i++) {
                int[] r = ranges[random.nextInt(ranges.length)];
                sb.appendCodePoint(r[0] + random.nextInt(r[1] - r[0] + 1));
            }
            String clean = Sanitizer.clean(sb.toString());
            assertEquals(regexClusters(clean), Graphemes.split(clean), () -> "clusters of " + clean);
            int cells = 0;
            for (TerminalCells.Cell c : TerminalCells.cells(clean)) {
                assertTrue(c.width() == 1 || c.width() == 2, () -> "cell width in " + clean);
                cells += c.width();
            }
            assertEquals(TextWidth.columns(clean), cells, () -> "cells of " + clean);
            String half = TextWidth.take(clean, TextWidth.columns(clean) / 2);
            assertTrue(clean.startsWith(half));
            assertTrue(Graphemes.isBoundary(clean, half.length()), () -> "take split a cluster of " + clean);
        }
    }
}
