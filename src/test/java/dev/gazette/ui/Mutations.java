package dev.gazette.ui;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Mutates feed files and comment journals for {@link FuzzTest}, from one {@link Random} so a
 * seed replays the same cases. Two kinds of change: on the bytes (flips, cuts, copies,
 * hostile tokens, invalid UTF-8), which mostly make input that is no longer a feed, and on
 * the JSON tree (a value replaced by a hostile one, removed, renamed or doubled), which keeps
 * the file a feed and so reaches the list, the article page and the browser.
 */
final class Mutations {
    private final Random random;

    Mutations(Random random) {
        this.random = random;
    }

    /** Strings worth putting anywhere: controls, bidi, option-like and odd-scheme URLs, odd dates, markup. */
    static final List<String> STRINGS = List.of(
            "", " ", "\u001b[2J\u0007", "\u009b31m", "\u202e", "\u200b\ufeff\u00ad", "\u0000", "\n\r\t", "\u007f",
            "-", "--renderer-cmd-prefix=touch /tmp/x", "javascript:alert(1)", "file:///etc/passwd",
            "data:text/html,<b>x</b>", "mailto:a@b.example", "https://x.example/\u001b[2J\u0000\n", "http://[::1",
            "https://x.example/%E3%82", "%00", "+1000000000-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z",
            "0000-00-00", "2025-02-30T00:00:00Z", "Fri, 31 May 2019 12:17:58 -0700", "2018-01-06T08:00",
            "9999-12-31T23:59:59Z", "<script>alert(1)</script>", "<b><i>unclosed", "&#0;&#x1b;&#xd800;&bogus;",
            "\ud800", "\udc00x", "👩‍👩‍👧‍👦🇺🇳", "שלום \u202bעולם\u202c", "一二三四五六七八九十",
            "<table><tr><td>" + "<td>x".repeat(50) + "</table>", "<pre>\t\u001b[31mred</pre>",
            "<ol start=\"-5\" type=\"I\"><li>x</ol>", "<img src=\"javascript:x\" alt=\"\u001b\">",
            // grapheme clusters that never end, and wide characters to cut at odd columns
            "a" + "\u0301".repeat(5000), "👩\u200d".repeat(500), "🇺".repeat(301), "\ufe0f\u20e3", "中a中a中a中a中a中a中a中a中a中a中",
            "<pre>" + "\t中".repeat(40) + "</pre>");

    /** Dates a hand-edited journal line may carry. */
    static final List<String> DATES = List.of("+1000000000-01-01T00:00:00Z", "+1000000000-12-31T23:59:59.999999999Z",
            "-1000000000-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z", "0000-00-00", "2025-02-30T00:00:00Z",
            "2025-03-02T10:00:00+25:00", "2025-03-02T10:00:00-18:00", "2025-03-02", "yesterday", "");

    /** Tokens inserted into the bytes. */
    private static final List<String> TOKENS = List.of(
            "null", "{}", "[]", "\"", "\\", "\\u0000", "\\u001b[2J", "\\ud800", "\"\\u202e\"", "1e400", "-1",
            "\"+1000000000-01-01T00:00:00Z\"", ",", ":", "}", "]", "[[[[[[[[[[[[[[[[[[[[", "\n", "\u0000", "\u001b");

    /** One to three byte-level changes. */
    byte[] bytes(byte[] in) {
        byte[] b = in;
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) b = byteChange(b);
        return b;
    }

    private byte[] byteChange(byte[] b) {
        if (b.length == 0) return TOKENS.get(random.nextInt(TOKENS.size())).getBytes(StandardCharsets.UTF_8);
        int at = random.nextInt(b.length);
        switch (random.nextInt(8)) {
            case 0 -> {   // flip a bit
                byte[] c = b.clone();
                c[at] ^= (byte) (1 << random.nextInt(8));
                return c;
            }
            case 1 -> {   // delete a short range
                int len = Math.min(b.length - at, 1 + random.nextInt(64));
                return splice(b, at, len, new byte[0]);
            }
            case 2 -> {   // copy a range somewhere else
                int len = Math.min(b.length - at, 1 + random.nextInt(256));
                byte[] piece = java.util.Arrays.copyOfRange(b, at, at + len);
                return splice(b, random.nextInt(b.length), 0, piece);
            }
            case 3 -> {   // cut the file off (a partial download)
                return java.util.Arrays.copyOf(b, at);
            }
            case 4 -> {   // invalid UTF-8
                byte[][] bad = {{(byte) 0xff}, {(byte) 0xc3}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}};
                return splice(b, at, 0, bad[random.nextInt(bad.length)]);
            }
            case 5 -> {   // a byte replaced with a random one
                byte[] c = b.clone();
                c[at] = (byte) random.nextInt(256);
                return c;
            }
            default -> {  // a hostile token
                return splice(b, at, 0, TOKENS.get(random.nextInt(TOKENS.size())).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static byte[] splice(byte[] b, int at, int removed, byte[] inserted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + inserted.length);
        out.write(b, 0, at);
        out.write(inserted, 0, inserted.length);
        out.write(b, at + removed, b.length - at - removed);
        return out.toByteArray();
    }

    /** One to four changes to a copy of the tree; the result is still JSON. */
    JsonElement tree(JsonElement root) {
        JsonElement copy = root.deepCopy();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) treeChange(copy);
        return copy;
    }

    /** A place in the tree: a member of an object or an element of an array. */
    private record Slot(JsonElement parent, String name, int index) {}

    private void treeChange(JsonElement root) {
        List<Slot> slots = new ArrayList<>();
        // Half the time inside the first items: those are the articles the reader opens, and
        // a big feed's other thousand items would otherwise take nearly every change.
        if (random.nextBoolean() && root instanceof JsonObject o && o.get("items") instanceof JsonArray items
                && !items.isEmpty()) {
            for (int i = 0; i < Math.min(3, items.size()); i++) {
                slots.add(new Slot(items, null, i));
                collect(items.get(i), slots, 1);
            }
        } else {
            collect(root, slots, 0);
        }
        if (slots.isEmpty()) return;
        Slot s = slots.get(random.nextInt(slots.size()));
        switch (random.nextInt(6)) {
            case 0, 1, 2 -> set(s, hostileValue());
            case 3 -> remove(s);
            case 4 -> {   // rename a member (a key with the wrong case, a key the spec does not have)
                if (s.parent() instanceof JsonObject o) {
                    JsonElement v = o.remove(s.name());
                    if (v != null) o.add(random.nextBoolean() ? s.name().toUpperCase(java.util.Locale.ROOT) : "_" + s.name(), v);
                }
            }
            default -> {  // double an array element (duplicate ids), or wrap a value in an array
                if (s.parent() instanceof JsonArray a && s.index() < a.size()) a.add(a.get(s.index()).deepCopy());
                else if (s.parent() instanceof JsonObject o) {
                    JsonArray wrapped = new JsonArray();
                    wrapped.add(o.get(s.name()));
                    o.add(s.name(), wrapped);
                }
            }
        }
    }

    private static void collect(JsonElement e, List<Slot> out, int depth) {
        if (depth > 64 || out.size() > 200_000) return;
        if (e instanceof JsonObject o) {
            for (Map.Entry<String, JsonElement> m : o.entrySet()) {
                out.add(new Slot(o, m.getKey(), -1));
                collect(m.getValue(), out, depth + 1);
            }
        } else if (e instanceof JsonArray a) {
            for (int i = 0; i < a.size(); i++) {
                out.add(new Slot(a, null, i));
                collect(a.get(i), out, depth + 1);
            }
        }
    }

    private static void set(Slot s, JsonElement value) {
        if (s.parent() instanceof JsonObject o) o.add(s.name(), value);
        else if (s.parent() instanceof JsonArray a && s.index() < a.size()) a.set(s.index(), value);
    }

    private static void remove(Slot s) {
        if (s.parent() instanceof JsonObject o) o.remove(s.name());
        else if (s.parent() instanceof JsonArray a && s.index() < a.size()) a.remove(s.index());
    }

    JsonElement hostileValue() {
        switch (random.nextInt(10)) {
            case 0:
                return JsonNull.INSTANCE;
            case 1:
                return new JsonPrimitive(random.nextBoolean());
            case 2: {
                BigDecimal[] numbers = {BigDecimal.ZERO, BigDecimal.valueOf(-1), new BigDecimal("1e400"),
                    new BigDecimal("1.5"), BigDecimal.valueOf(Long.MAX_VALUE), new BigDecimal("-1e-400")};
                return new JsonPrimitive(numbers[random.nextInt(numbers.length)]);
            }
            case 3:
                return new JsonObject();
            case 4: {
                JsonArray a = new JsonArray();
                if (random.nextBoolean()) a.add(JsonNull.INSTANCE);
                if (random.nextBoolean()) a.add(hostileString());
                return a;
            }
            case 5: {
                JsonObject author = new JsonObject();
                author.add("name", new JsonPrimitive(hostileString()));
                author.add("url", new JsonPrimitive(hostileString()));
                return author;
            }
            case 6: {
                String unit = random.nextBoolean() ? "a" : "中";
                return new JsonPrimitive(unit.repeat(1 + random.nextInt(100_000)));
            }
            default:
                return new JsonPrimitive(hostileString());
        }
    }

    String hostileString() {
        String a = STRINGS.get(random.nextInt(STRINGS.size()));
        if (random.nextInt(3) > 0) return a;
        return a + STRINGS.get(random.nextInt(STRINGS.size())) + "x";
    }

    /**
     * A journal for articles {@code ids}: a few valid comment lines, then one to three
     * changes, from hand edits (no date, no id, no author) to damage (torn lines, wrong
     * types, dates past any calendar, controls, invalid UTF-8).
     */
    byte[] journal(List<String> ids) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < Math.min(3, ids.size()); i++) {
            lines.add(line("c" + i, ids.get(i), "ana", "2025-03-02T1" + i + ":00:00Z", "Comment " + i));
        }
        String id = ids.isEmpty() ? "1" : ids.get(random.nextInt(ids.size()));
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            switch (random.nextInt(10)) {
                case 0 -> lines.add("{\"article\":" + quote(id) + ",\"text\":\"hand-written\"}");
                case 1 -> lines.add(line("d" + i, id, hostileString(), hostileString(), hostileString()));
                case 2 -> lines.add(line("e" + i, id, "bo", DATES.get(random.nextInt(DATES.size())), "dated oddly"));
                case 3 -> lines.add(random.nextBoolean() ? "null" : random.nextBoolean() ? "[]" : "not json at all");
                case 4 -> lines.add("{\"id\":7,\"article\":" + quote(id) + ",\"author\":[],\"date\":1,\"text\":{}}");
                case 5 -> lines.add(line("f" + i, id, "eve", "2025-03-02T10:00:00Z", "x".repeat(random.nextInt(200_000))));
                case 6 -> lines.add(line("c0", id, "dup", "2025-03-02T10:00:00Z", "the same id again"));
                case 7 -> lines.add(line("g" + i, id, "zoe", null, "line\nbreaks\r\nand \u2028 separators"));
                default -> { }
            }
        }
        byte[] b = (String.join("\n", lines) + (random.nextInt(5) == 0 ? "" : "\n")).getBytes(StandardCharsets.UTF_8);
        return random.nextInt(3) == 0 ? bytes(b) : b;
    }

    private static String line(String id, String article, String author, String date, String text) {
        return "{\"id\":" + quote(id) + ",\"article\":" + quote(article) + ",\"author\":" + quote(author)
                + ",\"date\":" + (date == null ? "null" : quote(date)) + ",\"text\":" + quote(text) + "}";
    }

    private static String quote(String s) {
        return new JsonPrimitive(s).toString();
    }
}
