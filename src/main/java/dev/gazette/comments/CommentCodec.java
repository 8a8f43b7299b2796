package dev.gazette.comments;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import dev.gazette.feed.CleanText;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Turns a {@link JournalRecord} into one journal line and back.
 *
 * <p>Writing goes through Gson's {@link JsonWriter}, which escapes every control character and
 * U+2028/U+2029, so a text with newlines still makes exactly one line. The journal stores text
 * as typed. Reading is strict JSON and never throws: a line that is not one of the three record
 * shapes yields null, and the caller counts it as unreadable. What reading hands out is clean:
 * authors through {@link CleanText#line}, texts through {@link CleanText#multiline}, and a date
 * only when it is readable and within the years 1 to 9999 (else null: shown without a time).
 */
final class CommentCodec {

    static final String ANONYMOUS = "anonymous";

    /** Dates outside [year 1, year 10000) load as null: nothing later can overflow on them. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("+10000-01-01T00:00:00Z");

    /** What a line is, before its text is read. */
    enum Kind { COMMENT, EDIT, WITHDRAWAL }

    /**
     * Everything about a line except its text: what the index keeps (DESIGN: a discussion's text
     * is read as it scrolls into view).
     *
     * @param id     null when {@code idKey} holds it (a UUID read straight from the bytes)
     * @param idKey  the id's {@link IdList#key}, when already known; else null
     * @param ref    the parent's id for a reply, the target's id for an edit or withdrawal, else
     *               null (also null when {@code refKey} holds it)
     * @param refKey the ref's {@link IdList#key}, when already known; else null
     */
    record Head(Kind kind, String id, long[] idKey, String article, String ref, long[] refKey, String author, Instant date) {

        Head(Kind kind, String id, String article, String ref, String author, Instant date) {
            this(kind, id, null, article, ref, null, author, date);
        }

        boolean hasRef() {
            return ref != null || refKey != null;
        }
    }

    private CommentCodec() {}

    /** The JSON object for {@code c}, without the trailing newline. */
    static String encode(Comment c) {
        return encode(new JournalRecord.Posted(c));
    }

    /** The JSON object for {@code r}, without the trailing newline. */
    static String encode(JournalRecord r) {
        StringWriter out = new StringWriter(160);
        try (JsonWriter w = new JsonWriter(out)) {
            w.setHtmlSafe(false); // keep <, >, & readable in the file; they are not special in JSON
            w.beginObject();
            w.name("id").value(r.id());
            if (r instanceof JournalRecord.Posted p) {
                w.name("article").value(p.comment().article());
                if (p.comment().parent() != null) w.name("parent").value(p.comment().parent());
            } else if (r instanceof JournalRecord.Edit e) {
                w.name("edits").value(e.target());
            } else if (r instanceof JournalRecord.Withdrawal d) {
                w.name("deletes").value(d.target());
            }
            w.name("author").value(r.author());
            w.name("date").value(r.date() == null ? null : r.date().toString());
            if (r instanceof JournalRecord.Posted p) w.name("text").value(p.comment().text());
            else if (r instanceof JournalRecord.Edit e) w.name("text").value(e.text());
            w.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** The comment on this line, or null when the line is unreadable or is an edit or withdrawal. */
    static Comment decode(String line, long lineStart) {
        return decodeRecord(line, lineStart) instanceof JournalRecord.Posted p ? p.comment() : null;
    }

    /**
     * Parses one line (without its newline).
     *
     * @param lineStart byte offset of the line in the journal; names a line that carries no id,
     *                  which is stable because the journal is append-only
     * @return the record, or null when the line cannot be read
     */
    static JournalRecord decodeRecord(String line, long lineStart) {
        LineFields f = new LineFields();
        if (!readFields(line, f)) return null;
        Head h = head(f, lineStart);
        if (h == null) return null;
        return switch (h.kind()) {
            case COMMENT -> new JournalRecord.Posted(new Comment(h.id(), h.article(), h.author(), h.date(),
                    CleanText.multiline(f.text), h.ref()));
            case EDIT -> new JournalRecord.Edit(h.id(), h.ref(), h.author(), h.date(), CleanText.multiline(f.text));
            case WITHDRAWAL -> new JournalRecord.Withdrawal(h.id(), h.ref(), h.author(), h.date());
        };
    }

    /**
     * Reads the fields of one line with Gson, strictly: one JSON object, nothing after it, and
     * every known field a string or null. False when the line is not that.
     */
    static boolean readFields(String line, LineFields f) {
        f.clear();
        try (JsonReader r = new JsonReader(new StringReader(line))) {
            r.setStrictness(Strictness.STRICT);
            if (r.peek() != JsonToken.BEGIN_OBJECT) return false;
            r.beginObject();
            while (r.hasNext()) {
                String name = r.nextName();
                if (LineFields.known(name)) f.set(name, stringOrNull(r));
                else r.skipValue(); // unknown fields: ignored, like the feed reader does
            }
            r.endObject();
            return r.peek() == JsonToken.END_DOCUMENT; // two objects on one line: unreadable
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            return false; // malformed, torn, or a value of the wrong type
        }
    }

    /**
     * What the fields make: a comment (an article and a text), an edit (a target and a text) or a
     * withdrawal (a target); null for anything else, including a line that both edits and deletes.
     */
    static Head head(LineFields f, long lineStart) {
        boolean edits = f.edits != null || f.editsKey != null;
        boolean deletes = f.deletes != null || f.deletesKey != null;
        if (edits && deletes) return null;
        String id = f.idKey == null && (f.id == null || f.id.isBlank()) ? "line@" + lineStart : f.id;
        String author = shownAuthor(f.author);
        Instant date = f.dateIsSeconds ? Instant.ofEpochSecond(f.dateSeconds) : parseDate(f.date);
        if (edits) {
            if (f.editsKey == null && f.edits.isBlank() || !f.hasText) return null;
            return new Head(Kind.EDIT, id, f.idKey, null, f.edits, f.editsKey, author, date);
        }
        if (deletes) {
            if (f.deletesKey == null && f.deletes.isBlank()) return null;
            return new Head(Kind.WITHDRAWAL, id, f.idKey, null, f.deletes, f.deletesKey, author, date);
        }
        if (f.article == null || f.article.isBlank() || !f.hasText) return null;
        String parent = f.parent == null || f.parent.isBlank() ? null : f.parent;
        return new Head(Kind.COMMENT, id, f.idKey, f.article, parent, f.parentKey, author, date);
    }

    /** The author as written to a line: as given, "anonymous" for none. */
    static String storedAuthor(String raw) {
        return raw == null || raw.isBlank() ? ANONYMOUS : raw;
    }

    /**
     * A name given to Gazette (--author, the environment) as it goes on comments: one line,
     * control characters removed as in comment texts ({@link CleanText#line}: an escape
     * sequence goes whole, a line break becomes a space), each run of spaces one space, no
     * space at either end. Emoji and their ZWJ sequences stay whole. "" when nothing is left.
     */
    static String cleanName(String raw) {
        return raw == null ? "" : CleanText.line(raw).replaceAll("[\\s\\p{Z}]+", " ").strip();
    }

    /** The author as read back and shown: cleaned and stripped, "anonymous" for none. */
    static String shownAuthor(String raw) {
        String clean = raw == null ? "" : CleanText.line(raw).strip();
        return clean.isEmpty() ? ANONYMOUS : clean;
    }

    /** The head of a record in memory (the index of {@link Discussion#of}). */
    static Head headOf(JournalRecord r) {
        if (r instanceof JournalRecord.Posted p) {
            Comment c = p.comment();
            return new Head(Kind.COMMENT, c.id(), c.article(), c.parent(), c.author(), c.date());
        }
        if (r instanceof JournalRecord.Edit e) return new Head(Kind.EDIT, e.id(), null, e.target(), e.author(), e.date());
        JournalRecord.Withdrawal d = (JournalRecord.Withdrawal) r;
        return new Head(Kind.WITHDRAWAL, d.id(), null, d.target(), d.author(), d.date());
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

    /**
     * ISO-8601 instant ("2025-02-25T14:03:00Z"), or with an offset for hand-written lines; null
     * when unreadable or outside the years 1 to 9999 (a year of 1,000,000,000 parses, and then
     * breaks every formatter and clock arithmetic it meets).
     */
    static Instant parseDate(String s) {
        if (s == null) return null;
        Instant fast = parseCanonical(s);
        if (fast != null) return fast;
        Instant parsed;
        try {
            parsed = Instant.parse(s);
        } catch (DateTimeParseException e) {
            try {
                parsed = OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException | ArithmeticException e2) {
                return null;
            }
        }
        return parsed.isBefore(EARLIEST) || !parsed.isBefore(LATEST) ? null : parsed;
    }

    /**
     * The exact form Gazette writes, "uuuu-MM-ddTHH:mm:ssZ", parsed by hand: {@link Instant#parse}
     * costs microseconds per call, which was a third of loading a 100,000-comment journal.
     * Anything else (or an impossible date, or year 0) returns null and goes the general way.
     */
    private static Instant parseCanonical(String s) {
        if (s.length() != 20) return null;
        long seconds = canonicalSeconds(s.getBytes(StandardCharsets.ISO_8859_1), 0, 20);
        return seconds == NOT_CANONICAL ? null : Instant.ofEpochSecond(seconds);
    }

    /** What {@link #canonicalSeconds} says for anything but a valid date in the written form. */
    static final long NOT_CANONICAL = Long.MIN_VALUE;

    /** Epoch seconds of a[from, to) in the form "uuuu-MM-ddTHH:mm:ssZ" (years 1 to 9999), else {@link #NOT_CANONICAL}. */
    static long canonicalSeconds(byte[] s, int from, int to) {
        if (to - from != 20 || s[from + 4] != '-' || s[from + 7] != '-' || s[from + 10] != 'T'
                || s[from + 13] != ':' || s[from + 16] != ':' || s[from + 19] != 'Z') {
            return NOT_CANONICAL;
        }
        int year = digits(s, from, 4), month = digits(s, from + 5, 2), day = digits(s, from + 8, 2);
        int hour = digits(s, from + 11, 2), minute = digits(s, from + 14, 2), second = digits(s, from + 17, 2);
        if ((year | month | day | hour | minute | second) < 0 || year == 0 || month == 0 || month > 12
                || day == 0 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) {
            return NOT_CANONICAL; // e.g. February 30th: let the general parser reject it
        }
        return daysFromCivil(year, month, day) * 86_400L + hour * 3_600L + minute * 60L + second;
    }

    private static int daysInMonth(int year, int month) {
        if (month == 2) return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
        return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
    private static long daysFromCivil(int y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        int era = (y >= 0 ? y : y - 399) / 400;
        int yoe = y - era * 400;
        int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097L + doe - 719_468L;
    }

    /** The decimal number in s[from, from+len), or -1 if any of it is not an ASCII digit. */
    private static int digits(byte[] s, int from, int len) {
        int v = 0;
        for (int i = from; i < from + len; i++) {
            int ch = s[i];
            if (ch < '0' || ch > '9') return -1;
            v = v * 10 + (ch - '0');
        }
        return v;
    }
}
