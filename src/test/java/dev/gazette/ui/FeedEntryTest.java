package dev.gazette.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a failed feed's row and header say: the reason, without the source they already name. */
class FeedEntryTest {
    private static FeedEntry failed(String where, String problem) {
        return FeedEntry.named(null, where, false, List.of()).withProblem(problem);
    }

    @Test
    void theSourceAtTheStartOfAProblemGoes() {
        assertEquals("HTTP 500 internal server error",
                failed("http://h/err", "http://h/err: HTTP 500 internal server error").reason());
        assertEquals("at 19:84: invalid XML: unexpected EOF",
                failed("rss/12.xml", "rss/12.xml:19:84: invalid XML: unexpected EOF").reason(), "the place in the file stays");
        assertEquals("other.xml: no such file", failed("rss/12.xml", "other.xml: no such file").reason(),
                "a message about something else is kept whole");
        assertEquals("x.xml: broken", failed(null, "x.xml: broken").reason());
        assertNull(failed("x.xml", null).reason());
    }
}
