package dev.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the reader's status line says of the feeds file's skipped lines, which are printed behind its screen. */
class ReaderNotesTest {
    @Test
    void theFirstNoteAndHowManyMore() {
        assertEquals("feeds:2: newsboat exec: line skipped (Gazette has no exec feeds)",
                Reader.notesLine(List.of("feeds:2: newsboat exec: line skipped (Gazette has no exec feeds)")));
        assertEquals("3 notes on the feeds (skipped lines, repeats): ? lists them",
                Reader.notesLine(List.of("feeds:2: a", "feeds:5: b", "feeds:7: c")));
    }
}
