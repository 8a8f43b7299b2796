package dev.gazette.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.stream.JsonReader;
import dev.gazette.feed.JsonPositions.Position;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class JsonPositionsTest {
    @Test
    void readsThePositionOutOfGsonText() {
        assertEquals(new Position(3, 17), JsonPositions.parse("Expected ':' at line 3 column 17 path $.items[0].id"));
        assertEquals(new Position(12, 1), JsonPositions.parse("JsonReader at line 12 column 1 path $"));
        assertEquals(new Position(1, 5), JsonPositions.parse("End of input at line 1 column 5 path $.a"));
    }

    @Test
    void unknownWhenThereIsNone() {
        assertFalse(JsonPositions.parse("Stream closed").known());
        assertFalse(JsonPositions.parse(null).known());
        assertFalse(JsonPositions.parse("at line x column 3").known());
        assertFalse(JsonPositions.parse("bad at line 99999999999 column 1").known());
        assertEquals(Position.UNKNOWN, Position.UNKNOWN.shift(-1));
    }

    @Test
    void shiftNeverGoesBeforeColumnOne() {
        assertEquals(new Position(2, 1), new Position(2, 1).shift(-1));
        assertEquals(new Position(2, 4), new Position(2, 5).shift(-1));
    }

    @Test
    void dropsTheLocationFromAMessage() {
        assertEquals("Expected ':'", JsonPositions.withoutLocation("Expected ':' at line 3 column 17 path $.a"));
        assertEquals("no location", JsonPositions.withoutLocation("no location"));
    }

    @Test
    void skipValueReturnsWhereEachKindOfValueStarts() throws IOException {
        String json = """
                {"s":  "text",
                 "n":  -12.5e3,
                 "l":  123456,
                 "t":  true,
                 "f":  false,
                 "z":  null,
                 "o":  {"a": [1, 2]},
                 "a":  [{}]}
                """;
        JsonReader in = new JsonReader(new StringReader(json));
        in.beginObject();
        int line = 1;
        while (in.hasNext()) {
            in.nextName();
            assertEquals(new Position(line++, 8), JsonPositions.skipValue(in));
        }
        in.endObject();
        assertEquals(9, line);
    }

    @Test
    void describesTokens() throws IOException {
        JsonReader in = new JsonReader(new StringReader("[1, \"s\", true, null, {}, []]"));
        in.beginArray();
        StringBuilder kinds = new StringBuilder();
        while (in.hasNext()) {
            kinds.append(JsonPositions.describe(in.peek())).append(';');
            in.skipValue();
        }
        assertEquals("a number;a string;a boolean;null;an object;an array;", kinds.toString());
    }

    /** The fields read directly give what Gson's own text says, at every step through a feed. */
    @Test
    void theFieldsReadDirectlyAgreeWithGsonsTextEverywhere() throws IOException {
        assertTrue(JsonPositions.readsFieldsDirectly(), "Gson's JsonReader has lineNumber, pos and lineStart");
        String json = "{\n  \"version\": \"https://jsonfeed.org/version/1.1\",\r\n\t\"items\": [\n"
                + "    {\"id\": \"1\", \"title\": \"東京 \\\"quoted\\\" \\u00e9\", \"n\": 12.5e3},\n"
                + "    {\"id\": 2, \"tags\": [\"a\", null, true], \"content_html\": \"" + "x".repeat(3000) + "\"}\n  ]\n}";
        JsonReader in = new JsonReader(new java.io.StringReader(json));
        int checked = 0;
        while (in.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
            assertEquals(JsonPositions.fromText(in), JsonPositions.of(in), "after " + checked + " steps");
            step(in);
            checked++;
        }
        assertEquals(JsonPositions.fromText(in), JsonPositions.of(in));
        assertTrue(checked > 20, checked + " steps");
    }

    /** The offset a body is found again by: at every string, its quotes are where the offset says. */
    @Test
    void theOffsetInTheTextPointsAtEachStringsQuotes() throws IOException {
        assertTrue(JsonPositions.offsetsKnown(), "Gson's JsonReader has pos and limit");
        String json = "{\"a\": \"東京 \\\"q\\\"\", \"b\": [\"" + "x".repeat(3000) + "\", 1, \"\"], \"c\": \"\\u00e9\"}";
        long[] handedOut = {0};
        java.io.Reader counting = new java.io.Reader() {
            private final java.io.StringReader in = new java.io.StringReader(json);

            @Override
            public int read(char[] b, int off, int len) throws IOException {
                int n = in.read(b, off, Math.min(len, 7));   // small reads: Gson's buffer shifts often
                if (n > 0) handedOut[0] += n;
                return n;
            }

            @Override
            public void close() { }
        };
        JsonReader in = new JsonReader(counting);
        int strings = 0;
        while (in.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
            if (in.peek() != com.google.gson.stream.JsonToken.STRING) {
                step(in);
                continue;
            }
            long start = handedOut[0] + JsonPositions.offsetFromBufferEnd(in);
            assertEquals('"', json.charAt((int) start - 1), "before string " + strings);
            in.skipValue();
            long end = handedOut[0] + JsonPositions.offsetFromBufferEnd(in);
            assertEquals('"', json.charAt((int) end - 1), "after string " + strings);
            strings++;
        }
        assertEquals(4, strings);
    }

    /** One step through the document: into or out of an object or array, a name, or a whole value. */
    private static void step(JsonReader in) throws IOException {
        switch (in.peek()) {
            case BEGIN_OBJECT -> in.beginObject();
            case END_OBJECT -> in.endObject();
            case BEGIN_ARRAY -> in.beginArray();
            case END_ARRAY -> in.endArray();
            case NAME -> in.nextName();
            default -> in.skipValue();
        }
    }
}
