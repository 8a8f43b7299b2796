package dev.gazette.comments;

import dev.gazette.feed.CleanText;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class CommentCodecTest {

    @Test
    void anyTextRoundTripsAndStaysOnOneLine() {
        // Random code points from every plane that matters: controls, C1, Latin, RTL, CJK,
        // separators, astral (emoji); fixed seed so a failure reproduces.
        int[][] ranges = {{0, 0x20}, {0x7f, 0xa0}, {0x20, 0x7e}, {0x590, 0x6ff}, {0x2028, 0x2029},
                {0x4e00, 0x9fff}, {0xfff0, 0xfffd}, {0x1f300, 0x1faff}, {0x10000, 0x10ffff}};
        Random rnd = new Random(42);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder sb = new StringBuilder();
            int len = rnd.nextInt(60);
            for (int i = 0; i < len; i++) {
                int[] r = ranges[rnd.nextInt(ranges.length)];
                sb.appendCodePoint(r[0] + rnd.nextInt(r[1] - r[0] + 1));
            }
            String text = sb.toString();
            Comment c = new Comment("id-" + round, "art\n\"" + round, "a\u0000b", Instant.ofEpochSecond(round * 86_399L), text);
            String line = CommentCodec.encode(c);
            assertFalse(line.contains("\n") || line.contains("\r") || line.contains("\u2028"), line);
            // What comes back is what a view may show: the same text, cleaned at the boundary.
            assertEquals(new Comment(c.id(), c.article(), "ab", c.date(), CleanText.multiline(text)),
                    CommentCodec.decode(line, 0));
        }
    }

    @Test
    void datesInTheWrittenFormAndOthers() {
        assertEquals(Instant.parse("2025-02-25T14:03:00Z"), CommentCodec.parseDate("2025-02-25T14:03:00Z"));
        assertEquals(Instant.parse("2024-02-29T23:59:59Z"), CommentCodec.parseDate("2024-02-29T23:59:59Z"));
        assertEquals(Instant.parse("2025-02-25T14:03:00.250Z"), CommentCodec.parseDate("2025-02-25T14:03:00.250Z"));
        assertEquals(Instant.parse("2025-02-25T14:03:00Z"), CommentCodec.parseDate("2025-02-25T16:03:00+02:00"));
        assertNull(CommentCodec.parseDate("2025-02-30T14:03:00Z"));
        assertNull(CommentCodec.parseDate("2025-13-01T00:00:00Z"));
        assertNull(CommentCodec.parseDate("2025-02-25T25:00:00Z"));
        assertNull(CommentCodec.parseDate("2025-0a-25T14:03:00Z"));
        assertNull(CommentCodec.parseDate("yesterday"));
        assertNull(CommentCodec.parseDate(""));
    }

    @Test
    void theHandParsedFormAgreesWithTheJdkOnEveryDayOfFourCenturies() {
        Instant day = Instant.parse("1600-01-01T23:59:58Z");
        for (int i = 0; i < 146_097 + 400; i++, day = day.plusSeconds(86_400)) {
            assertEquals(day, CommentCodec.parseDate(day.toString()), day.toString());
        }
        assertEquals(Instant.parse("0001-01-01T00:00:00Z"), CommentCodec.parseDate("0001-01-01T00:00:00Z"));
        assertNull(CommentCodec.parseDate("2023-02-29T00:00:00Z"));
        assertNull(CommentCodec.parseDate("2100-02-29T00:00:00Z"));
        assertEquals(Instant.parse("2000-02-29T00:00:00Z"), CommentCodec.parseDate("2000-02-29T00:00:00Z"));
        assertNull(CommentCodec.parseDate("2025-04-31T00:00:00Z"));
        assertNull(CommentCodec.parseDate("2025-01-01T23:60:00Z"));
        assertEquals(Instant.parse("2025-01-01T23:59:59Z"), CommentCodec.parseDate("2025-01-01T23:59:60Z"), "a leap second, as the JDK reads it");
    }

    @Test
    void onlyAnObjectWithStringArticleAndTextIsAComment() {
        assertNull(CommentCodec.decode("", 0));
        assertNull(CommentCodec.decode("null", 0));
        assertNull(CommentCodec.decode("\"text\"", 0));
        assertNull(CommentCodec.decode("{", 0));
        assertNull(CommentCodec.decode("{\"article\":\"a\",\"text\":\"x\"", 0));
        assertNull(CommentCodec.decode("{'article':'a','text':'x'}", 0), "strict JSON only");
        assertNull(CommentCodec.decode("{\"article\":\"a\",\"text\":\"x\"} trailing", 0));
        assertNull(CommentCodec.decode("{\"article\":\" \",\"text\":\"x\"}", 0));
        assertNull(CommentCodec.decode("{\"article\":\"a\",\"text\":null}", 0));
        assertNull(CommentCodec.decode("{\"article\":1,\"text\":\"x\"}", 0));
        assertNull(CommentCodec.decode("{\"article\":\"a\",\"text\":\"x\",\"id\":{}}", 0));
        assertEquals("x", CommentCodec.decode(" {\"article\":\"a\",\"text\":\"x\"}\r", 0).text(), "CRLF files read");
    }
}
