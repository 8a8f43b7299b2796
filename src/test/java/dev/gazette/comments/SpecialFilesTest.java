package dev.gazette.comments;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A named pipe where the journal or the drafts should be: a clear line, never a blocked thread. */
class SpecialFilesTest {

    @TempDir
    Path dir;

    private Path fifo(String name) throws Exception {
        Path fifo = dir.resolve(name);
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "mkfifo is not available");
            return null;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        return fifo;
    }

    @Test
    @Timeout(20)
    void aJournalThatIsANamedPipeIsNeitherReadNorWritten() throws Exception {
        Path file = fifo("feed.comments.jsonl");
        CommentJournal journal = new CommentJournal(file);
        assertEquals(0, journal.discussion("a").size());
        assertEquals("cannot read comments: " + file + " is not a regular file", journal.readProblem());
        JournalException e = assertThrows(JournalException.class, () -> journal.append("a", "ana", "draft"));
        assertEquals("cannot save comment: " + file + " is not a regular file", e.getMessage());
    }

    @Test
    @Timeout(20)
    void draftsThatAreANamedPipeReadAsNoneWithAWarning() throws Exception {
        Path file = fifo("feed.drafts.json");
        DraftStore store = new DraftStore(file);
        assertEquals("feed.drafts.json is not a regular file; starting without drafts (it is replaced when a draft changes)",
                store.warning());
        store.put("a", "kept");
        store.save();
        assertEquals(Draft.comment("kept"), new DraftStore(file).get("a"));
    }
}
