package dev.gazette.feed.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ControlCharsTest {
    private static String readAll(Reader r, int piece) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buffer = new char[piece];
        int n;
        while ((n = r.read(buffer, 0, piece)) >= 0) sb.append(buffer, 0, n);
        return sb.toString();
    }

    @Test
    void textWithoutThemPassesAsItIs() throws IOException {
        ControlChars c = new ControlChars(new StringReader("<a>\ttab\r\nline</a>"));
        assertEquals("<a>\ttab\r\nline</a>", readAll(c, 7));
        assertNull(c.problem());
        assertEquals(0, c.firstLine());
    }

    @Test
    void eachBecomesASpaceAndTheFirstIsPlacedAsTheParserCountsLines() throws IOException {
        // Lines end with LF, CR LF and a lone CR; the form feed is on line 4, column 3.
        String text = "one\ntwo\r\nthree\rab\fc\u001b\u0000";
        for (int piece : new int[] {1, 2, 5, 100}) {
            ControlChars c = new ControlChars(new StringReader(text));
            assertEquals("one\ntwo\r\nthree\rab c  ", readAll(c, piece), "pieces of " + piece);
            assertEquals(4, c.firstLine());
            assertEquals(3, c.firstColumn());
            assertEquals("3 control characters XML does not allow (the first, U+000C); read as spaces", c.problem());
        }
    }

    @Test
    void oneIsCalledOne() throws IOException {
        ControlChars c = new ControlChars(new StringReader("\u0007"));
        assertEquals(" ", readAll(c, 10));
        assertEquals("a control character XML does not allow (U+0007); read as a space", c.problem());
        assertEquals(1, c.firstLine());
        assertEquals(1, c.firstColumn());
    }
}
