package dev.gazette.comments;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fast byte reader never disagrees with Gson: whatever it accepts, Gson accepts too and
 * reads the same record head from; whatever it declines goes to Gson anyway.
 */
class FastFieldsTest {

    private static final String[] PIECES = {"a", "é", "日本", "👍", "\\n", "\\\"", "\\\\", "\\u001b", "\\u00e9", "\\t", " ",
        "\"", "\\", "\u0001", "\t", "}", "{", ",", ":", "null", "\\x", "\\u12"};

    @Test
    void agreesWithGsonOnWrittenAndMangledLines() {
        Random rnd = new Random(11);
        int fast = 0;
        for (int round = 0; round < 30_000; round++) {
            String line = mangle(rnd, sample(rnd, round), round);
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            byte[] padded = new byte[bytes.length + 6];
            System.arraycopy(bytes, 0, padded, 3, bytes.length);

            LineFields viaFast = new LineFields();
            boolean fastOk = FastFields.scan(padded, 3, bytes.length, viaFast);
            LineFields viaGson = new LineFields();
            boolean gsonOk = CommentCodec.readFields(new String(bytes, StandardCharsets.UTF_8), viaGson);
            if (!fastOk) continue;
            fast++;
            assertTrue(gsonOk, "fast reader accepted what Gson rejects: " + line);
            assertEquals(describe(CommentCodec.head(viaGson, 9)), describe(CommentCodec.head(viaFast, 9)), line);
            assertEquals(viaGson.hasText, viaFast.hasText, line);
        }
        assertTrue(fast > 10_000, "most written lines take the fast way: " + fast);
    }

    @Test
    void declinesWhatItDoesNotHandle() {
        LineFields f = new LineFields();
        for (String line : new String[] {"", "  ", "[]", "{\"id\":1}", "{\"x\":{\"y\":1}}", "{\"x\":true}",
                "{\"i\\u0064\":\"x\"}", "{\"id\":\"a\"} x", "{\"id\":\"a\",}", "{\"id\":\"a\"", "{\"id\":\"\u0001\"}",
                "{\"text\":\"bad \\q escape\"}", "{\"text\":\"short \\u12\"}"}) {
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            assertFalse(FastFields.scan(b, 0, b.length, f), line);
        }
        byte[] ok = "{} \r".getBytes(StandardCharsets.UTF_8);
        assertTrue(FastFields.scan(ok, 0, ok.length, f));
    }

    private static String sample(Random rnd, int round) {
        String id = switch (rnd.nextInt(4)) {
            case 0 -> UUID.randomUUID().toString();
            case 1 -> "c" + round;
            case 2 -> "";
            default -> UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT);
        };
        Instant date = rnd.nextInt(5) == 0 ? null : Instant.ofEpochSecond(rnd.nextInt(2_000_000_000));
        String text = junk(rnd);
        String author = rnd.nextInt(4) == 0 ? "" : "user" + rnd.nextInt(5) + (rnd.nextBoolean() ? "\u001b[2J" : "");
        return switch (rnd.nextInt(4)) {
            case 0 -> CommentCodec.encode(new Comment(id, "art" + rnd.nextInt(3), author, date, text));
            case 1 -> CommentCodec.encode(new Comment(id, "art", author, date, text, UUID.randomUUID().toString()));
            case 2 -> CommentCodec.encode(new JournalRecord.Edit(id, rnd.nextBoolean() ? "c1" : UUID.randomUUID().toString(), author, date, text));
            default -> CommentCodec.encode(new JournalRecord.Withdrawal(id, "c" + rnd.nextInt(9), author, date));
        };
    }

    private static String junk(Random rnd) {
        StringBuilder sb = new StringBuilder();
        int n = rnd.nextInt(12);
        for (int i = 0; i < n; i++) sb.append(rnd.nextInt(3) == 0 ? (char) rnd.nextInt(0x30) : "wörds 日本 👍 ".charAt(rnd.nextInt(10)));
        return sb.toString();
    }

    /** Half the lines as written; the rest with a piece inserted, a piece cut, or raw JSON edits. */
    private static String mangle(Random rnd, String line, int round) {
        switch (round % 6) {
            case 0, 1, 2:
                return line;
            case 3: {
                int at = rnd.nextInt(line.length() + 1);
                return line.substring(0, at) + PIECES[rnd.nextInt(PIECES.length)] + line.substring(at);
            }
            case 4: {
                int at = rnd.nextInt(line.length());
                return line.substring(0, at) + line.substring(Math.min(line.length(), at + 1 + rnd.nextInt(4)));
            }
            default:
                return line.replace("\"date\":null", "\"date\":\"\\u0032025-01-01T00:00:00Z\"")
                        .replace("\"author\":\"", "\"author\" : \"\\u0041");
        }
    }

    private static String describe(CommentCodec.Head h) {
        if (h == null) return "null";
        return h.kind() + " id=" + id(h.id(), h.idKey()) + " article=" + h.article() + " ref=" + id(h.ref(), h.refKey())
                + " author=" + h.author() + " date=" + h.date();
    }

    private static String id(String s, long[] key) {
        if (key == null) return s;
        IdList l = new IdList(1);
        return l.get(l.add(null, key));
    }
}
