package dev.gazette.comments;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Turns a {@link Comment} into one journal line and back.
 *
 * <p>Writing goes through Gson's {@link JsonWriter}, which escapes every control character and
 * U+2028/U+2029, so a text with newlines still makes exactly one line. Reading is strict JSON and
 * never throws: a line that is not a JSON object with a string {@code article} and a string
 * {@code text} yields null, and the caller counts it as unreadable.
 */
final class CommentCodec {

    static final String ANONYMOUS = "anonymous";

    private CommentCodec() {}

    /** The JSON object for {@code c}, without the trailing newline. */
    static String encode(Comment c) {
        StringWriter out = new StringWriter(c.text().length() + 160);
        try (JsonWriter w = new JsonWriter(out)) {
            w.setHtmlSafe(false); // keep <, >, & readable in the file; they are not special in JSON
            w.beginObject();
            w.name("id").value(c.id());
            w.name("article").value(c.article());
            w.name("author").value(c.author());
            w.name("date").value(c.date() == null ? null : c.date().toString());
            w.name("text").value(c.text());
            w.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /**
     * Parses one line (without its newline).
     *
     * @param lineStart byte offset of the line in the journal; names a line that carries no id,
     *                  which is stable because the journal is append-only
     * @return the comment, or null when the line cannot be read
     */
    static Comment decode(String line, long lineStart) {
        String id = null, article = null, author = null, date = null, text = null;
        try (JsonReader r = new JsonReader(new StringReader(line))) {
            r.setStrictness(Strictness.STRICT);
            if (r.peek() != JsonToken.BEGIN_OBJECT) return null;
            r.beginObject();
            while (r.hasNext()) {
                switch (r.nextName()) {
                    case "id" -> id = stringOrNull(r);
                    case "article" -> article = stringOrNull(r);
                    case "author" -> author = stringOrNull(r);
                    case "date" -> date = stringOrNull(r);
                    case "text" -> text = stringOrNull(r);
                    default -> r.skipValue(); // unknown fields: ignored, like the feed reader does
                }
            }
            r.endObject();
            if (r.peek() != JsonToken.END_DOCUMENT) return null; // two objects on one line
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            return null; // malformed, torn, or a value of the wrong type
        }
        if (article == null || article.isBlank() || text == null) return null;
        if (id == null || id.isBlank()) id = "line@" + lineStart;
        if (author == null || author.isBlank()) author = ANONYMOUS;
        return new Comment(id, article, author, parseDate(date), text);
    }

    /** Only a JSON string or null is accepted; a number or object where a string belongs is an error. */
    private static String stringOrNull(JsonReader r) throws IOException {
        JsonToken t = r.peek();
        if (t == JsonToken.NULL) {
            r.nextNull();
            return null;
        }
        if (t != JsonToken.STRING) throw new IllegalStateException("expected a string, got " + t);
        return r.nextString();
    }

    /** ISO-8601 instant ("2025-02-25T14:03:00Z"), or with an offset for hand-written lines; else null. */
    static Instant parseDate(String s) {
        if (s == null) return null;
        Instant fast = parseCanonical(s);
        if (fast != null) return fast;
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /**
     * The exact form Gazette writes, "uuuu-MM-ddTHH:mm:ssZ", parsed by hand: {@link Instant#parse}
     * costs microseconds per call, which was a third of loading a 100,000-comment journal.
     * Anything else (or an impossible date) returns null and goes the general way.
     */
    private static Instant parseCanonical(String s) {
        if (s.length() != 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':' || s.charAt(19) != 'Z') {
            return null;
        }
        int year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
        int hour = digits(s, 11, 2), minute = digits(s, 14, 2), second = digits(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) return null;
        try {
            return java.time.LocalDateTime.of(year, month, day, hour, minute, second)
                    .toInstant(java.time.ZoneOffset.UTC);
        } catch (java.time.DateTimeException e) {
            return null; // e.g. February 30th: let the general parser reject it
        }
    }

    /** The decimal number in s[from, from+len), or -1 if any of it is not an ASCII digit. */
    private static int digits(String s, int from, int len) {
        int v = 0;
        for (int i = from; i < from + len; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') return -1;
            v = v * 10 + (ch - '0');
        }
        return v;
    }
}
