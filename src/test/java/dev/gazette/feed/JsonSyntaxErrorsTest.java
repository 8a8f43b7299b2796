package dev.gazette.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.stream.MalformedJsonException;
import dev.gazette.feed.JsonPositions.Position;
import dev.gazette.feed.JsonSyntaxErrors.Around;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonSyntaxErrorsTest {
    @TempDir
    Path dir;

    @Test
    void gsonPositionsAfterTheCharacterAreMovedOntoIt() {
        FeedFormatException e = JsonSyntaxErrors.describe(
                new MalformedJsonException("Expected ':' at line 4 column 12 path $.items[0].id\nSee https://x"), null);
        assertEquals(new Position(4, 11), e.position());
        assertEquals("invalid JSON: expected ':'", e.getMessage());
    }

    @Test
    void endOfInputStaysAtTheEnd() {
        FeedFormatException e = JsonSyntaxErrors.describe(new EOFException("End of input at line 9 column 1 path $"), null);
        assertEquals(new Position(9, 1), e.position());
        assertEquals("invalid JSON: the file ends too soon", e.getMessage());
    }

    @Test
    void unknownGsonMessagesPassThroughOnOneLine() {
        FeedFormatException e = JsonSyntaxErrors.describe(
                new MalformedJsonException("Something new at line 2 column 3 path $\nSee https://x"), null);
        assertEquals("invalid JSON: something new", e.getMessage());
        assertEquals("f.json:2:3: invalid JSON: something new", e.format("f.json"));
    }

    @Test
    void tellsSyntaxErrorsFromReadErrors() {
        assertTrue(JsonSyntaxErrors.isSyntaxError(new MalformedJsonException("x at line 1 column 1 path $")));
        assertTrue(JsonSyntaxErrors.isSyntaxError(new EOFException("End of input at line 1 column 1 path $")));
        assertFalse(JsonSyntaxErrors.isSyntaxError(new EOFException()));
        assertFalse(JsonSyntaxErrors.isSyntaxError(new IOException("Input/output error")));
    }

    @Test
    void charsAroundReadsTheFileAgainSkippingTheBom() throws IOException {
        Path file = dir.resolve("f.json");
        String line2 = "  \"a\":  ,x, \"" + "b".repeat(40) + "\"}";
        Files.writeString(file, "\uFEFF{\n" + line2);
        // line 2: ' ', ' ', '"', 'a', '"', ':', ' ', ' ', ',', 'x', ',', ...
        assertEquals(new Around(':', ',', 'x', line2.substring(9, 9 + Around.REST)),
                JsonSyntaxErrors.charsAround(file, new Position(2, 10)));
        assertEquals(new Around('{', ' ', ' ', line2.substring(1, 1 + Around.REST)),
                JsonSyntaxErrors.charsAround(file, new Position(2, 2)), "at most REST characters from the position on");
        assertEquals(new Around('"', '}', (char) 0, ""), JsonSyntaxErrors.charsAround(file, new Position(2, line2.length() + 1)),
                "past the end");
        assertEquals(Around.NONE, JsonSyntaxErrors.charsAround(dir.resolve("gone.json"), new Position(1, 2)));
        assertEquals(Around.NONE, JsonSyntaxErrors.charsAround(file, Position.UNKNOWN));
    }
}
