package dev.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A comment journal no comment could reach is named when the reader opens, not after a comment is written. */
class UnusableJournalTest {
    @TempDir
    Path dir;

    @Test
    void aFolderWhereTheJournalShouldBe() throws Exception {
        Path journal = Files.createDirectories(dir.resolve("feed.comments.jsonl"));
        assertEquals("comments cannot be saved: " + journal + " is a folder", Reader.unusableJournal(journal));
    }

    @Test
    void aJournalInAFolderThatDoesNotExist() {
        Path journal = dir.resolve("missing").resolve("x.jsonl");
        assertEquals("comments cannot be saved: folder " + dir.resolve("missing") + " does not exist",
                Reader.unusableJournal(journal));
    }

    @Test
    void aJournalNotWrittenYetInAFolderThatExistsIsFine() throws Exception {
        assertNull(Reader.unusableJournal(dir.resolve("feed.comments.jsonl")));
        Path written = Files.writeString(dir.resolve("other.comments.jsonl"), "");
        assertNull(Reader.unusableJournal(written));
    }
}
