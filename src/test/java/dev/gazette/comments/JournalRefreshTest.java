package dev.gazette.comments;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Seeing changes made by others: appends, replacements, edits, deletion. */
class JournalRefreshTest {

    @TempDir
    Path dir;

    private static List<String> texts(List<Comment> cs) {
        return cs.stream().map(Comment::text).toList();
    }

    @Test
    void aReaderSeesAnotherInstancesCommentsAfterItAppends() throws Exception {
        Path file = dir.resolve("j.jsonl");
        CommentJournal reader = new CommentJournal(file);
        CommentJournal writer = new CommentJournal(file);
        assertEquals(List.of(), reader.commentsFor("a"));

        Comment c1 = writer.append("a", "ana", "first");
        assertEquals(List.of(c1), reader.commentsFor("a"));
        Comment c2 = writer.append("a", "ana", "second");
        assertEquals(List.of(c1, c2), reader.commentsFor("a"));
        assertEquals(List.of(c1, c2), reader.commentsFor("a"), "unchanged file: same answer, no duplicates");
    }

    @Test
    void interleavedWritersBothSeeFileOrder() throws Exception {
        Path file = dir.resolve("j.jsonl");
        CommentJournal x = new CommentJournal(file);
        CommentJournal y = new CommentJournal(file);
        x.commentsFor("a");
        y.commentsFor("a");
        x.append("a", "x", "1");
        y.append("a", "y", "2"); // y has not read "1" yet; its append reads it first
        x.append("a", "x", "3");
        assertEquals(List.of("1", "2", "3"), texts(x.commentsFor("a")));
        assertEquals(List.of("1", "2", "3"), texts(y.commentsFor("a")));
        assertEquals(List.of("1", "2", "3"), texts(new CommentJournal(file).commentsFor("a")));
    }

    @Test
    void aReplacedFileIsReadAgainFromTheStart() throws Exception {
        Path file = dir.resolve("j.jsonl");
        CommentJournal journal = new CommentJournal(file);
        journal.append("a", "ana", "old one");
        journal.append("a", "ana", "old two");
        assertEquals(2, journal.commentsFor("a").size());

        // An editor saving a new copy: different file, here also larger than the old one.
        Path copy = dir.resolve("copy.tmp");
        JournalFiles.write(copy, JournalFiles.line("n1", "a", "bo", "2025-01-01T00:00:00Z", "new one, longer than before") + "\n"
                + JournalFiles.line("n2", "a", "bo", "2025-01-01T00:00:00Z", "new two, longer than before") + "\n"
                + JournalFiles.line("n3", "a", "bo", "2025-01-01T00:00:00Z", "new three") + "\n");
        Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        assertEquals(List.of("new one, longer than before", "new two, longer than before", "new three"),
                texts(journal.commentsFor("a")));
    }

    @Test
    void aShrunkOrInPlaceEditedFileIsReadAgain() throws Exception {
        Path file = dir.resolve("j.jsonl");
        String l1 = JournalFiles.line("i1", "a", "ana", "2025-01-01T00:00:00Z", "alpha");
        String l2 = JournalFiles.line("i2", "a", "ana", "2025-01-01T00:00:00Z", "bravo");
        JournalFiles.write(file, l1 + "\n" + l2 + "\n");
        CommentJournal journal = new CommentJournal(file);
        assertEquals(List.of("alpha", "bravo"), texts(journal.commentsFor("a")));

        // Same size, same file, one word changed; mtime set apart so the change is visible
        // even on file systems with coarse timestamps.
        FileTime t = Files.getLastModifiedTime(file);
        Files.writeString(file, l1 + "\n" + l2.replace("bravo", "BRAVO") + "\n", StandardOpenOption.TRUNCATE_EXISTING);
        Files.setLastModifiedTime(file, FileTime.fromMillis(t.toMillis() + 5_000));
        assertEquals(List.of("alpha", "BRAVO"), texts(journal.commentsFor("a")));

        Files.writeString(file, l1 + "\n", StandardOpenOption.TRUNCATE_EXISTING);
        assertEquals(List.of("alpha"), texts(journal.commentsFor("a")));
    }

    @Test
    void aRewrittenFileThatGrewIsNotMistakenForAnAppend() throws Exception {
        Path file = dir.resolve("j.jsonl");
        String l1 = JournalFiles.line("i1", "a", "ana", "2025-01-01T00:00:00Z", "alpha");
        JournalFiles.write(file, l1 + "\n");
        CommentJournal journal = new CommentJournal(file);
        assertEquals(List.of("alpha"), texts(journal.commentsFor("a")));

        // Rewritten in place (same inode) with a longer first line: the byte before the old
        // offset is no longer a newline, so an incremental read would be wrong.
        String l1b = JournalFiles.line("i1b", "a", "ana", "2025-01-01T00:00:00Z", "alpha, edited and longer");
        Files.writeString(file, l1b + "\n", StandardOpenOption.TRUNCATE_EXISTING);
        assertEquals(List.of("alpha, edited and longer"), texts(journal.commentsFor("a")));
    }

    @Test
    void aDeletedJournalMeansNoCommentsAgain() throws Exception {
        Path file = dir.resolve("j.jsonl");
        CommentJournal journal = new CommentJournal(file);
        journal.append("a", "ana", "x");
        Files.delete(file);
        assertEquals(List.of(), journal.commentsFor("a"));
        assertNull(journal.readProblem());
        Comment again = journal.append("a", "ana", "y");
        assertEquals(List.of(again), journal.commentsFor("a"));
    }

    @Test
    void aJournalPathThatIsADirectoryReadsAsNoCommentsWithAProblem() throws Exception {
        Path file = dir.resolve("j.jsonl");
        Files.createDirectory(file);
        CommentJournal journal = new CommentJournal(file);
        assertEquals(List.of(), journal.commentsFor("a"));
        String problem = journal.readProblem();
        assertNotNull(problem);
        assertEquals("cannot read comments: " + file + " is a directory", problem);

        Files.delete(file);
        JournalFiles.write(file, JournalFiles.line("i", "a", "ana", "2025-01-01T00:00:00Z", "fixed") + "\n");
        assertEquals(List.of("fixed"), texts(journal.commentsFor("a")));
        assertNull(journal.readProblem(), "the problem clears once the journal reads again");
    }

    @Test
    void manySmallAppendsByAnotherWriterAreEachReadOnce() throws Exception {
        Path file = dir.resolve("j.jsonl");
        CommentJournal reader = new CommentJournal(file);
        CommentJournal writer = new CommentJournal(file);
        for (int i = 0; i < 200; i++) {
            writer.append("a", "w", "c" + i);
            List<Comment> seen = reader.commentsFor("a");
            assertEquals(i + 1, seen.size());
            assertEquals("c" + i, seen.get(i).text());
        }
        assertTrue(reader.unreadableLines() == 0);
    }
}
