package dev.gazette.comments;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 9: the journal preload held the journal's lock while others waited for it. Reading now
 * holds no lock: a comment can be appended (another thread, with its fsync) while a reader is
 * in the middle of indexing the file.
 */
class JournalReadLockTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(60)
    void anAppendCompletesWhileAnotherJournalIsReadingTheFile() throws Exception {
        Path file = dir.resolve("j.jsonl");
        CommentJournal writer = new CommentJournal(file);
        writer.append("a", "ana", "before");
        CommentJournal reader = new CommentJournal(file);
        reader.loader().whileReading = () -> {
            CompletableFuture<Comment> during = CompletableFuture.supplyAsync(() -> {
                try {
                    return writer.append("a", "bo", "during the read");
                } catch (JournalException e) {
                    throw new IllegalStateException(e);
                }
            });
            try {
                during.get(20, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                fail("the append waited for the reader: reading holds a lock");
            } catch (InterruptedException | ExecutionException e) {
                throw new IllegalStateException(e);
            }
        };
        reader.discussion("a");
        reader.loader().whileReading = () -> { };
        assertEquals(2, reader.discussion("a").size(), "the next open sees the line appended meanwhile");
    }
}
