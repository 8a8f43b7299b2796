package dev.gazette.comments;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** When a comment cannot be saved: one clear line, nothing half written, nothing shown as saved. */
class JournalWriteFailureTest {

    @TempDir
    Path dir;

    private static JournalException failToAppend(CommentJournal journal) {
        JournalException e = assertThrows(JournalException.class, () -> journal.append("a", "ana", "my draft"));
        assertFalse(e.getMessage().contains("\n"), "one line for the status bar");
        assertFalse(e.getMessage().contains("Exception"), "no Java class names: " + e.getMessage());
        assertEquals(List.of(), journal.commentsFor("a"), "a failed comment is not shown as saved");
        return e;
    }

    @Test
    void aMissingFolderIsNamed() {
        Path folder = dir.resolve("no/such");
        Path file = folder.resolve("feed.comments.jsonl");
        JournalException e = failToAppend(new CommentJournal(file));
        assertEquals("cannot save comment: folder " + folder + " does not exist", e.getMessage());
        assertFalse(Files.exists(dir.resolve("no")), "nothing created on the way");
    }

    @Test
    void aParentThatIsAFileIsNamed() throws Exception {
        Path notAFolder = dir.resolve("feed.json");
        Files.writeString(notAFolder, "{}");
        JournalException e = failToAppend(new CommentJournal(notAFolder.resolve("feed.comments.jsonl")));
        assertEquals("cannot save comment: " + notAFolder + " is not a folder", e.getMessage());
        assertEquals("{}", Files.readString(notAFolder));

        JournalException deeper = failToAppend(new CommentJournal(notAFolder.resolve("x/y.jsonl")));
        assertEquals("cannot save comment: " + notAFolder + " is not a folder", deeper.getMessage());
    }

    @Test
    void aJournalPathThatIsADirectoryIsNamed() throws Exception {
        Path file = dir.resolve("j.jsonl");
        Files.createDirectory(file);
        JournalException e = failToAppend(new CommentJournal(file));
        assertEquals("cannot save comment: " + file + " is a directory", e.getMessage());
    }

    @Test
    void aReadOnlyFolderIsReportedAndTheJournalIsUntouched() throws Exception {
        Path folder = dir.resolve("ro");
        Files.createDirectory(folder);
        Path file = folder.resolve("j.jsonl");
        CommentJournal journal = new CommentJournal(file);
        Comment saved = journal.append("b", "ana", "saved before");
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root (and CAP_DAC_OVERRIDE) writes anyway; then there is nothing to test.
            assumeFalse(Files.isWritable(file), "permissions are not enforced for this user");
            JournalException e = failToAppend(journal);
            assertEquals("cannot save comment: permission denied (read-only): " + file, e.getMessage());
            assertArrayEquals(before, Files.readAllBytes(file));
            assertEquals(List.of(saved), journal.commentsFor("b"));
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void aFullDiskIsReportedAsSuch() {
        // /dev/full answers every write with ENOSPC: the real disk-full code path, no mocking.
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full) && Files.isWritable(full), "/dev/full not available");
        JournalException e = assertThrows(JournalException.class,
                () -> new CommentJournal(full).append("a", "ana", "my draft"));
        assertEquals("cannot save comment: disk full", e.getMessage());
    }

    @Test
    void aFailedAppendDoesNotBreakTheNextOne() throws Exception {
        Path folder = dir.resolve("later");
        Path file = folder.resolve("j.jsonl");
        CommentJournal journal = new CommentJournal(file);
        failToAppend(journal);
        Files.createDirectory(folder); // the user fixes it; the draft is submitted again
        Comment c = journal.append("a", "ana", "my draft");
        assertEquals(List.of(c), journal.commentsFor("a"));
        assertTrue(Files.readString(file).endsWith("\n"));
        JournalFiles.assertLineCount(1, file);
    }
}
