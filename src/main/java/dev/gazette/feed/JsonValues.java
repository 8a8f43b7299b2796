package dev.gazette.feed;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.gazette.feed.JsonPositions.Position;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Reads the values of known fields forgivingly. A null is simply absent; a value of the
 * wrong type is skipped and reported with its line and column, and the item it belongs
 * to is marked repaired, because one bad field must never hide an item (DESIGN 5).
 *
 * <p>Strings are handed out as the feed wrote them (the model cleans them, see
 * {@link Article}); one that holds control, bidi or invisible characters is reported here,
 * so that --check tells the feed's author.
 */
final class JsonValues {
    private final ProblemLog log;
    private int item;
    private boolean repaired;

    JsonValues(ProblemLog log) {
        this.log = log;
    }

    /** Problems from now on belong to item number index (1-based), or to the feed for 0. */
    void startItem(int index) {
        item = index;
        repaired = false;
    }

    /** Whether a problem was reported since the last {@link #startItem}. */
    boolean repaired() {
        return repaired;
    }

    /** "item 3" or "feed", to start a message. */
    String where() {
        return item == 0 ? "feed" : "item " + item;
    }

    /** Records a problem of the current item (or the feed) and marks it repaired. */
    void problem(Position at, String message) {
        repaired = true;
        log.add(at, message);
    }

    /** A one-line string (a title, a name, a URL), or null when the value is null or not a string. */
    String string(JsonReader in, String field) throws IOException {
        String s = rawString(in, field);
        if (!CleanText.isClean(s)) hadControls(in, s, field, "(removed)");
        return cutIfLong(in, s, field, FieldLimits.SHORT);
    }

    /**
     * A body (HTML or text), as written. Its tabs and line breaks are layout, and zero-width
     * spaces and bidi marks are real typography in CJK and right-to-left writing (the
     * renderer handles them); control characters are looked for by the body store, off this
     * thread, and reported with {@link #bodyHadControls}.
     */
    String body(JsonReader in, String field) throws IOException {
        return cutIfLong(in, rawString(in, field), field, FieldLimits.BODY);
    }

    /** The string just read, cut to {@code limit} characters with a warning where it started. */
    private String cutIfLong(JsonReader in, String s, String field, int limit) {
        if (s == null || s.length() <= limit) return s;
        problem(startOfLast(in, s), where() + ": " + field + " is longer than " + limit + " characters; cut");
        return FieldLimits.cut(s, limit);
    }

    /** Reports control characters that the body store found in field of item index, which started at start. */
    void bodyHadControls(int index, Position start, String field) {
        log.add(start, "item " + index + ": " + field + " had control characters (removed)");
    }

    /**
     * An id: a string, or a number in the form it was written (123 gives "123", 1.5 gives
     * "1.5"). It keys comments and read marks, so it is kept as written even when unclean.
     */
    String id(JsonReader in, String field) throws IOException {
        if (in.peek() == JsonToken.NUMBER) return in.nextString();
        String s = rawString(in, field);
        if (!CleanText.isClean(s)) hadControls(in, s, field, "(kept: it is the key for comments and read marks)");
        return cutIfLong(in, s, field, FieldLimits.SHORT);
    }

    private String rawString(JsonReader in, String field) throws IOException {
        JsonToken token = in.peek();
        if (token == JsonToken.STRING) return in.nextString();
        if (token == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        wrongType(in, field, "a string");
        return null;
    }

    /**
     * Reports the string just read. Its start is worked out back from the reader's position,
     * counting each control character as the JSON escape it is normally written as: asking
     * the reader for the start of every string would cost a string build per field.
     */
    private void hadControls(JsonReader in, String value, String field, String outcome) {
        problem(startOfLast(in, value), where() + ": " + field + " had control characters " + outcome);
    }

    /**
     * Where the string value just read started, worked out back from the reader's position
     * by the length the value is written with (asked only when there is something to report).
     */
    private static Position startOfLast(JsonReader in, String value) {
        return JsonPositions.of(in).shift(-JsonPositions.writtenLength(value));
    }

    /** A date string as an instant; null when absent, and reported when it is not a date. */
    Instant date(JsonReader in, String field) throws IOException {
        if (in.peek() != JsonToken.STRING) {
            string(in, field);
            return null;
        }
        String text = in.nextString();
        // A date with an invisible character in it is still that date.
        String clean = CleanText.line(text);
        if (!clean.equals(text)) hadControls(in, text, field, "(removed)");
        Instant date = FeedDates.parse(clean);
        if (date == null) {
            problem(startOfLast(in, text), where() + ": " + field + " " + ProblemText.quote(text) + " is not a date; ignored");
        } else if (FeedDates.usable(date) == null) {
            problem(startOfLast(in, text), where() + ": " + field + " " + ProblemText.quote(text)
                    + " is outside the years 1 to 9999; ignored");
            return null;
        } else if (!FeedDates.isRfc3339(clean)) {
            // Read all the same, as other readers do; --check says how, since a missing offset is a guess.
            problem(startOfLast(in, text), where() + ": " + field + " " + ProblemText.quote(text)
                    + " is not RFC 3339, JSON Feed's date format; read as " + date);
        }
        return date;
    }

    /**
     * A whole number, a fraction rounded (feeds write durations like 1834.5 seconds); null
     * when absent, not a number or beyond a long.
     */
    Long wholeNumber(JsonReader in, String field) throws IOException {
        JsonToken token = in.peek();
        if (token != JsonToken.NUMBER) {
            if (token == JsonToken.NULL) in.nextNull();
            else wrongType(in, field, "a number");
            return null;
        }
        String literal = in.nextString();
        try {
            return Long.parseLong(literal);
        } catch (NumberFormatException notALong) {
            double d = Double.parseDouble(literal);
            if (Math.abs(d) < 9.2e18) return Math.round(d);
            Position at = JsonPositions.of(in).shift(-literal.length()); // the reader is just past it
            problem(at, where() + ": " + field + " " + literal + " is out of range; ignored");
            return null;
        }
    }

    /** Reports the next value as being of the wrong type for field, and skips it. */
    void wrongType(JsonReader in, String field, String expected) throws IOException {
        JsonToken token = in.peek();
        Position at = JsonPositions.skipValue(in);
        problem(at, where() + ": " + field + " is " + JsonPositions.describe(token) + ", not " + expected + "; ignored");
    }
}
