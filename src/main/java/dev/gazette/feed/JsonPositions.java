package dev.gazette.feed;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Line and column of places in a JSON text. Gson's JsonReader keeps its position private,
 * but its toString() and its exception messages end in "at line L column C path P", so
 * positions are read from that text. Lines and columns are 1-based, counted as Gson
 * counts them (a line ends at '\n'; a column is a UTF-16 char).
 *
 * <p>Where the reader stands is asked at every item (its start is where its problems are
 * reported), and building that text, path and all, was a tenth of the parser's time on a
 * 100,000-item feed. So the three fields toString() reads it from are read directly, the
 * same sums as Gson's {@code locationString()}; should a Gson version not have them, the
 * text is parsed as before (JsonPositionsTest compares the two).
 */
final class JsonPositions {
    /** A place in the text; 0/0 when unknown. */
    record Position(int line, int column) {
        static final Position UNKNOWN = new Position(0, 0);

        boolean known() {
            return line > 0;
        }

        /** The same line, the column moved by delta (never before column 1). */
        Position shift(int delta) {
            return known() ? new Position(line, Math.max(1, column + delta)) : this;
        }

        Problem problem(String message) {
            return new Problem(line, column, message);
        }
    }

    private JsonPositions() { }

    /** Reads "at line L column C" out of a Gson message; UNKNOWN when it has none. */
    static Position parse(String text) {
        if (text == null) return Position.UNKNOWN;
        int at = text.lastIndexOf(" at line ");
        if (at < 0) return Position.UNKNOWN;
        int i = at + " at line ".length();
        int lineEnd = digitsEnd(text, i);
        if (lineEnd == i || !text.startsWith(" column ", lineEnd)) return Position.UNKNOWN;
        int c = lineEnd + " column ".length();
        int columnEnd = digitsEnd(text, c);
        if (columnEnd == c) return Position.UNKNOWN;
        try {
            return new Position(Integer.parseInt(text, i, lineEnd, 10), Integer.parseInt(text, c, columnEnd, 10));
        } catch (NumberFormatException tooLong) {
            return Position.UNKNOWN;
        }
    }

    /** The text of a Gson message before its " at line ..." part. */
    static String withoutLocation(String text) {
        int at = text.lastIndexOf(" at line ");
        return at < 0 ? text : text.substring(0, at);
    }

    /** Where the reader stands: just after the last character it consumed. */
    static Position of(JsonReader reader) {
        if (Fields.AVAILABLE) {
            int line = (int) Fields.LINE_NUMBER.get(reader) + 1;
            int column = (int) Fields.POS.get(reader) - (int) Fields.LINE_START.get(reader) + 1;
            return new Position(line, column);
        }
        return fromText(reader);
    }

    /**
     * Where the reader stands in its text, counted back from the end of what it has read into
     * its buffer: add the characters its Reader has handed out to get the offset in the text.
     * Throws when the fields cannot be read ({@link #offsetsKnown}).
     */
    static int offsetFromBufferEnd(JsonReader reader) {
        return (int) Fields.POS.get(reader) - (int) Fields.LIMIT.get(reader);
    }

    /** Whether {@link #offsetFromBufferEnd} works with this Gson. */
    static boolean offsetsKnown() {
        return Fields.AVAILABLE && Fields.LIMIT != null;
    }

    /** Whether {@link #of} reads Gson's fields (true with the Gson in pom.xml). */
    static boolean readsFieldsDirectly() {
        return Fields.AVAILABLE;
    }

    /** Where the reader stands, read from its toString(): the way that needs no private field. */
    static Position fromText(JsonReader reader) {
        return parse(reader.toString());
    }

    /** JsonReader's lineNumber, pos and lineStart (Gson 2.x), where they can be read. */
    private static final class Fields {
        static final VarHandle LINE_NUMBER;
        static final VarHandle POS;
        static final VarHandle LINE_START;
        static final VarHandle LIMIT;
        static final boolean AVAILABLE;

        static {
            VarHandle line = null;
            VarHandle pos = null;
            VarHandle start = null;
            VarHandle limit = null;
            try {
                MethodHandles.Lookup gson = MethodHandles.privateLookupIn(JsonReader.class, MethodHandles.lookup());
                line = gson.findVarHandle(JsonReader.class, "lineNumber", int.class);
                pos = gson.findVarHandle(JsonReader.class, "pos", int.class);
                start = gson.findVarHandle(JsonReader.class, "lineStart", int.class);
                limit = gson.findVarHandle(JsonReader.class, "limit", int.class);
            } catch (ReflectiveOperationException | RuntimeException notThere) {
                line = null;
            }
            LINE_NUMBER = line;
            POS = pos;
            LINE_START = start;
            LIMIT = limit;
            AVAILABLE = line != null && pos != null && start != null;
        }

        private Fields() { }
    }

    /**
     * Where the value the reader has just peeked starts, for a string, object or array:
     * peeking those consumes their first character (the quote or bracket) and nothing more.
     */
    static Position startOfPeeked(JsonReader reader) {
        return of(reader).shift(-1);
    }

    /**
     * Skips the next value and returns where it started. Peeking a number, true, false
     * or null may already have moved past it, so those are consumed first and the
     * position is taken back by their length.
     */
    static Position skipValue(JsonReader reader) throws IOException {
        JsonToken token = reader.peek();
        switch (token) {
            case NUMBER: {
                String literal = reader.nextString();
                return of(reader).shift(-literal.length());
            }
            case BOOLEAN:
                return of(reader).shift(reader.nextBoolean() ? -4 : -5);
            case NULL:
                reader.nextNull();
                return of(reader).shift(-4);
            case STRING:
            case BEGIN_OBJECT:
            case BEGIN_ARRAY: {
                Position start = startOfPeeked(reader);
                reader.skipValue();
                return start;
            }
            default: {
                Position here = of(reader);
                reader.skipValue();
                return here;
            }
        }
    }

    /** "a string", "a number", "an object", ... for messages. */
    static String describe(JsonToken token) {
        switch (token) {
            case STRING: return "a string";
            case NUMBER: return "a number";
            case BOOLEAN: return "a boolean";
            case NULL: return "null";
            case BEGIN_OBJECT: return "an object";
            case BEGIN_ARRAY: return "an array";
            default: return token.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * How many columns a string value takes in a JSON text, quotes included, when written as
     * a JSON writer writes it: {@code \"}, {@code \\} and {@code \n} take two, any other
     * control character six ({@code \u001b}), everything else one per UTF-16 char.
     */
    static int writtenLength(String value) {
        int n = 2;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t' || c == '\b' || c == '\f') n += 2;
            else if (c < 0x20) n += 6;
            else n++;
        }
        return n;
    }

    private static int digitsEnd(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
        return i;
    }
}
