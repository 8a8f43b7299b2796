package dev.gazette.comments;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Torn and garbage lines: skipped, counted, never touched. */
class JournalDamageTest {

    private static final String GOOD_1 = JournalFiles.line("id-1", "a", "ana", "2025-02-25T14:03:00Z", "one");
    private static final String GOOD_2 = JournalFiles.line("id-2", "a", "bo", "2025-02-25T14:04:00Z", "two");
    private static final String GOOD_3 = JournalFiles.line("id-3", "b", "cy", "2025-02-25T14:05:00Z", "three");

    @TempDir
    Path dir;

    @Test
    void garbageAndATornLastLineAreSkippedCountedAndLeftAsTheyAre() throws Exception {
        Path file = dir.resolve("j.jsonl");
        String torn = GOOD_3.substring(0, GOOD_3.length() / 2); // crash in the middle of a write
        String content = GOOD_1 + "\n"
                + "this is not json\n"
                + "{\"article\":\"a\"}\n"                       // no text
                + "{\"text\":\"orphan\"}\n"                     // no article
                + "{\"article\":\"a\",\"text\":5}\n"            // text of the wrong type
                + "[\"an\",\"array\"]\n"
                + GOOD_2 + GOOD_2 + "\n"                        // two objects glued on one line
                + "\n   \n"                                     // blank lines: nothing, not counted
                + GOOD_2 + "\n"
                + torn;
        JournalFiles.write(file, content);
        byte[] bytesBefore = Files.readAllBytes(file);
        FileTime mtimeBefore = Files.getLastModifiedTime(file);

        CommentJournal journal = new CommentJournal(file);
        assertEquals(List.of("one", "two"), journal.commentsFor("a").stream().map(Comment::text).toList());
        assertEquals(List.of(), journal.commentsFor("b"));
        assertEquals(7, journal.unreadableLines()); // 6 bad complete lines + the torn one
        journal.commentsFor("a");                   // reading again does not count again
        assertEquals(7, journal.unreadableLines());

        assertArrayEquals(bytesBefore, Files.readAllBytes(file), "loading must not change the file");
        assertEquals(mtimeBefore, Files.getLastModifiedTime(file));
    }

    @Test
    void anAppendAfterATornLineLandsOnItsOwnLineAndKeepsTheTornBytes() throws Exception {
        Path file = dir.resolve("j.jsonl");
        String torn = GOOD_3.substring(0, 40);
        JournalFiles.write(file, GOOD_1 + "\n" + torn);
        byte[] before = Files.readAllBytes(file);

        CommentJournal journal = new CommentJournal(file);
        assertEquals(1, journal.unreadableLines());
        Comment added = journal.append("a", "ana", "after the crash");

        byte[] after = Files.readAllBytes(file);
        assertArrayEquals(before, Arrays.copyOf(after, before.length), "the torn bytes are still there");
        String appended = new String(after, before.length, after.length - before.length, StandardCharsets.UTF_8);
        assertEquals("\n" + CommentCodec.encode(added) + "\n", appended);

        assertEquals(List.of("one", "after the crash"), journal.commentsFor("a").stream().map(Comment::text).toList());
        assertEquals(1, journal.unreadableLines(), "the torn line, now terminated, is still counted once");
        CommentJournal fresh = new CommentJournal(file);
        assertEquals(2, fresh.commentsFor("a").size());
        assertEquals(1, fresh.unreadableLines());
    }

    @Test
    void aCompleteLastLineThatOnlyLostItsNewlineIsShownAndNotDuplicatedLater() throws Exception {
        Path file = dir.resolve("j.jsonl");
        JournalFiles.write(file, GOOD_1 + "\n" + GOOD_2); // no final newline
        CommentJournal journal = new CommentJournal(file);
        assertEquals(List.of("one", "two"), journal.commentsFor("a").stream().map(Comment::text).toList());
        assertEquals(0, journal.unreadableLines());

        journal.append("a", "ana", "three");
        assertTrue(Files.readString(file).startsWith(GOOD_1 + "\n" + GOOD_2 + "\n"));
        assertEquals(List.of("one", "two", "three"), journal.commentsFor("a").stream().map(Comment::text).toList());
        assertEquals(List.of("one", "two", "three"),
                new CommentJournal(file).commentsFor("a").stream().map(Comment::text).toList());
    }

    @Test
    void aLineAnotherProgramIsStillWritingIsReadOnceItIsComplete() throws Exception {
        Path file = dir.resolve("j.jsonl");
        JournalFiles.write(file, GOOD_1 + "\n" + GOOD_2.substring(0, 30));
        CommentJournal journal = new CommentJournal(file);
        assertEquals(1, journal.commentsFor("a").size());
        assertEquals(1, journal.unreadableLines());

        Files.writeString(file, GOOD_2.substring(30) + "\n", java.nio.file.StandardOpenOption.APPEND);
        assertEquals(List.of("one", "two"), journal.commentsFor("a").stream().map(Comment::text).toList());
        assertEquals(0, journal.unreadableLines());
    }

    @Test
    void invalidUtf8DoesNotStopTheRestFromLoading() throws Exception {
        Path file = dir.resolve("j.jsonl");
        byte[] junk = {(byte) 0xff, (byte) 0xfe, 0x00, (byte) 0xc3, '\n'};
        byte[] good = (GOOD_1 + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[junk.length + good.length];
        System.arraycopy(junk, 0, all, 0, junk.length);
        System.arraycopy(good, 0, all, junk.length, good.length);
        Files.write(file, all);
        CommentJournal journal = new CommentJournal(file);
        assertEquals(1, journal.commentsFor("a").size());
        assertEquals(1, journal.unreadableLines());
    }

    @Test
    void aJournalLargerThanOneReadChunkLoadsEveryLine() throws Exception {
        // Lines of varying length across several 1 MiB chunks, so some lines straddle a chunk edge.
        Path file = dir.resolve("j.jsonl");
        StringBuilder sb = new StringBuilder();
        int n = 3_000;
        for (int i = 0; i < n; i++) {
            String text = i + " " + "é日".repeat(i % 900);
            sb.append(JournalFiles.line("id-" + i, "art-" + (i % 3), "ana", "2025-02-25T14:03:00Z", text)).append('\n');
        }
        JournalFiles.write(file, sb.toString());
        assertTrue(Files.size(file) > 3 * (1 << 20), "test needs a file of several chunks");

        CommentJournal journal = new CommentJournal(file);
        int total = 0;
        for (int a = 0; a < 3; a++) {
            List<Comment> list = journal.commentsFor("art-" + a);
            for (int k = 0; k < list.size(); k++) {
                int i = a + 3 * k;
                assertEquals("id-" + i, list.get(k).id());
                assertEquals(i + " " + "é日".repeat(i % 900), list.get(k).text());
            }
            total += list.size();
        }
        assertEquals(n, total);
        assertEquals(0, journal.unreadableLines());
    }
}
