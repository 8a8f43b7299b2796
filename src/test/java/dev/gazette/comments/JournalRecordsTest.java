package dev.gazette.comments;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Replies, edits and withdrawals in the file; merged journals; dates and names that must not hurt. */
class JournalRecordsTest {

    @TempDir
    Path dir;

    private static List<String> screen(Discussion d) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            DiscussionRow r = d.row(i);
            out.add("  ".repeat(r.depth()) + r.author() + ": " + d.text(i) + (r.edited() ? " (edited)" : ""));
        }
        return out;
    }

    private static JsonObject json(String line) {
        return JsonParser.parseString(line).getAsJsonObject();
    }

    @Test
    void replyEditAndWithdrawAreOneLineEachInTheDesignedShape() throws Exception {
        Path file = dir.resolve("feed.comments.jsonl");
        CommentJournal journal = new CommentJournal(file);
        Comment c = journal.append("a", "ana", "first thought");
        Comment r = journal.reply("a", c.id(), "bo", "an answer\non two lines");
        JournalRecord.Edit e = journal.edit(c.id(), "ana", "second thought");
        JournalRecord.Withdrawal w = journal.withdraw(r.id(), "bo");

        List<String> lines = JournalFiles.completeLines(file);
        assertEquals(4, lines.size());
        assertEquals(List.of("id", "article", "parent", "author", "date", "text"), new ArrayList<>(json(lines.get(1)).keySet()));
        assertEquals(c.id(), json(lines.get(1)).get("parent").getAsString());
        assertEquals(List.of("id", "edits", "author", "date", "text"), new ArrayList<>(json(lines.get(2)).keySet()));
        assertEquals(c.id(), json(lines.get(2)).get("edits").getAsString());
        assertEquals(List.of("id", "deletes", "author", "date"), new ArrayList<>(json(lines.get(3)).keySet()));
        assertEquals(r.id(), json(lines.get(3)).get("deletes").getAsString());
        assertEquals(c.id(), r.parent());
        assertEquals(c.id(), e.target());
        assertEquals(r.id(), w.target());

        for (CommentJournal j : List.of(journal, new CommentJournal(file))) {
            Discussion d = j.discussion("a");
            assertEquals(List.of("ana: second thought (edited)", "  bo: [deleted]"), screen(d));
            assertTrue(d.row(1).deleted());
            assertEquals(1, j.commentCount("a"));
            assertEquals(Map.of("a", 1), j.commentCounts());
        }
    }

    @Test
    void onlyTheAuthorMayEditOrWithdrawAndNothingIsWrittenOtherwise() throws Exception {
        Path file = dir.resolve("j.jsonl");
        CommentJournal journal = new CommentJournal(file);
        Comment c = journal.append("a", "ana", "mine");
        long size = Files.size(file);

        JournalException e1 = assertThrows(JournalException.class, () -> journal.edit(c.id(), "bo", "yours now"));
        assertEquals("cannot edit: only ana can edit this comment", e1.getMessage());
        JournalException e2 = assertThrows(JournalException.class, () -> journal.withdraw(c.id(), "bo"));
        assertEquals("cannot withdraw: only ana can withdraw this comment", e2.getMessage());
        JournalException e3 = assertThrows(JournalException.class, () -> journal.edit("no-such-id", "ana", "x"));
        assertEquals("cannot edit: that comment is no longer in the journal", e3.getMessage());
        JournalException e4 = assertThrows(JournalException.class, () -> journal.reply("other-article", c.id(), "bo", "x"));
        assertEquals("cannot reply: that comment is no longer in the journal", e4.getMessage());
        JournalException e5 = assertThrows(JournalException.class, () -> journal.edit(c.id(), "ana", "  "));
        assertEquals("nothing to save: the comment is empty", e5.getMessage());
        assertEquals(size, Files.size(file));

        journal.withdraw(c.id(), "ana");
        JournalException e6 = assertThrows(JournalException.class, () -> journal.withdraw(c.id(), "ana"));
        assertEquals("cannot withdraw: the comment was already withdrawn", e6.getMessage());
    }

    @Test
    void foreignEditsAndWithdrawalsInTheFileAreIgnoredAndCounted() throws Exception {
        Path file = dir.resolve("j.jsonl");
        JournalFiles.write(file, String.join("\n",
                "{\"id\":\"c\",\"article\":\"a\",\"author\":\"ana\",\"date\":\"2025-01-01T00:00:00Z\",\"text\":\"mine\"}",
                "{\"id\":\"e\",\"edits\":\"c\",\"author\":\"mallory\",\"date\":\"2025-01-01T00:01:00Z\",\"text\":\"pwned\"}",
                "{\"id\":\"w\",\"deletes\":\"c\",\"author\":\"mallory\",\"date\":\"2025-01-01T00:02:00Z\"}",
                "{\"id\":\"e2\",\"edits\":\"c\",\"author\":\"ana\",\"date\":\"2025-01-01T00:03:00Z\",\"text\":\"mine, edited\"}",
                ""));
        CommentJournal journal = new CommentJournal(file);
        Discussion d = journal.discussion("a");
        assertEquals(List.of("ana: mine, edited (edited)"), screen(d));
        assertEquals(2, d.ignoredChanges());
        assertEquals(2, journal.ignoredChanges());
        assertEquals(1, journal.commentCount("a"));
        assertEquals(0, journal.unreadableLines());
    }

    @Test
    void aUnionMergedJournalShowsEachCommentOnce() throws Exception {
        // Two clones shared "c1" and "e1"; each then added its own comments; git merge=union
        // keeps every line of both sides, so the shared ones appear twice.
        String c1 = JournalFiles.line("c1", "a", "ana", "2025-01-01T00:00:00Z", "shared");
        String e1 = CommentCodec.encode(new JournalRecord.Edit("e1", "c1", "ana", Instant.parse("2025-01-01T00:05:00Z"), "shared, edited"));
        String mine = JournalFiles.line("m", "a", "bo", "2025-01-02T00:00:00Z", "bo's side");
        String theirs = JournalFiles.line("t", "a", "cy", "2025-01-03T00:00:00Z", "cy's side");
        String w = CommentCodec.encode(new JournalRecord.Withdrawal("w", "m", "bo", Instant.parse("2025-01-04T00:00:00Z")));
        Path file = dir.resolve("j.jsonl");
        JournalFiles.write(file, String.join("\n", c1, e1, mine, w, c1, e1, theirs, w, "") );
        CommentJournal journal = new CommentJournal(file);
        assertEquals(List.of("ana: shared, edited (edited)", "bo: [deleted]", "cy: cy's side"), screen(journal.discussion("a")));
        assertEquals(2, journal.commentCount("a"), "a duplicated withdrawal counts once");
        assertEquals(0, journal.unreadableLines());
    }

    @Test
    void aMergeThatInterleavesTwoWritersLoadsInDateOrder() throws Exception {
        Path file = dir.resolve("j.jsonl");
        JournalFiles.write(file, String.join("\n",
                JournalFiles.line("x1", "a", "x", "2025-01-01T10:00:00Z", "x at ten"),
                JournalFiles.line("x2", "a", "x", "2025-01-01T12:00:00Z", "x at noon"),
                JournalFiles.line("y1", "a", "y", "2025-01-01T09:00:00Z", "y at nine"),
                JournalFiles.line("y2", "a", "y", "2025-01-01T11:00:00Z", "y at eleven"),
                JournalFiles.line("y3", "a", "y", "2025-01-01T12:00:00Z", "y at noon, after x in the file"),
                // an edit read before its comment: waits for it
                CommentCodec.encode(new JournalRecord.Edit("ez", "z", "z", Instant.parse("2025-01-01T13:30:00Z"), "z, edited")),
                JournalFiles.line("z", "a", "z", "2025-01-01T13:00:00Z", "z"),
                ""));
        CommentJournal journal = new CommentJournal(file);
        assertEquals(List.of("y: y at nine", "x: x at ten", "y: y at eleven", "x: x at noon",
                "y: y at noon, after x in the file", "z: z, edited (edited)"), screen(journal.discussion("a")));
        assertEquals(List.of("y at nine", "x at ten", "y at eleven", "x at noon", "y at noon, after x in the file", "z, edited"),
                journal.commentsFor("a").stream().map(Comment::text).toList(), "the old list API reads the same");
    }

    @Test
    void missingBadAndHugeDatesAndAnEscapeInTheAuthorStillShowTheirComments() throws Exception {
        Path file = dir.resolve("j.jsonl");
        JournalFiles.write(file, String.join("\n",
                "{\"article\":\"1\",\"text\":\"hand-written\"}",
                "{\"id\":\"b\",\"article\":\"1\",\"author\":\"ana\",\"date\":\"yesterday\",\"text\":\"bad date\"}",
                "{\"id\":\"h\",\"article\":\"1\",\"author\":\"ana\",\"date\":\"+1000000000-01-01T00:00:00Z\",\"text\":\"huge year\"}",
                "{\"id\":\"n\",\"article\":\"1\",\"author\":\"ana\",\"date\":\"-0001-12-31T00:00:00Z\",\"text\":\"year minus one\"}",
                "{\"id\":\"z\",\"article\":\"1\",\"author\":\"ana\",\"date\":\"0000-01-01T00:00:00Z\",\"text\":\"year zero\"}",
                "{\"id\":\"m\",\"article\":\"1\",\"author\":\"Mallory\\u001b[2J\\u202e\\u0007\",\"date\":\"2025-01-01T00:00:00Z\",\"text\":\"hi\\u001b]0;title\\u0007 \\u009b31m there\"}",
                ""));
        CommentJournal journal = new CommentJournal(file);
        Discussion d = journal.discussion("1");
        assertEquals(6, d.size());
        for (int i = 0; i < 5; i++) assertNull(d.row(i).date(), d.text(i));
        assertEquals("Mallory", d.row(5).author());
        assertEquals("hi  there", d.text(5));
        assertEquals("line@0", d.row(0).id());
        assertEquals(0, journal.unreadableLines());
        assertNull(CommentCodec.parseDate("+10000-01-01T00:00:00Z"));
        assertEquals(Instant.parse("9999-12-31T23:59:59Z"), CommentCodec.parseDate("9999-12-31T23:59:59Z"));
        assertEquals(Instant.parse("0001-01-01T00:00:00Z"), CommentCodec.parseDate("0001-01-01T00:00:00Z"));
    }

    @Test
    void anAuthorWithControlsIsStoredAsTypedAndShownClean() throws Exception {
        Path file = dir.resolve("j.jsonl");
        CommentJournal journal = new CommentJournal(file);
        Comment c = journal.append("a", "Mallory\u001b[2J", "text\u0007");
        assertEquals("Mallory", c.author());
        assertEquals("text", c.text());
        assertTrue(Files.readString(file).contains("Mallory\\u001b[2J"), "the journal keeps what was typed");
        assertFalse(Files.readString(file).contains("\u001b"));
        // The same person, typing the same name, may still edit it.
        assertTrue(journal.discussion("a").row(0).isBy("Mallory\u001b[2J"));
        assertFalse(journal.discussion("a").row(0).isBy("mallory"));
        journal.edit(c.id(), "Mallory\u001b[2J", "fixed");
        assertEquals(List.of("Mallory: fixed (edited)"), screen(new CommentJournal(file).discussion("a")));
    }

    @Test
    void aRowWhoseLineMovedSaysSoInsteadOfShowingAnotherText() throws Exception {
        Path file = dir.resolve("j.jsonl");
        JournalFiles.write(file, JournalFiles.line("c1", "a", "ana", "2025-01-01T00:00:00Z", "one") + "\n"
                + JournalFiles.line("c2", "a", "ana", "2025-01-01T00:00:01Z", "two") + "\n");
        Discussion before = new CommentJournal(file).discussion("a");
        Path copy = dir.resolve("copy");
        JournalFiles.write(copy, JournalFiles.line("c2", "a", "ana", "2025-01-01T00:00:01Z", "two") + "\n"
                + JournalFiles.line("c1", "a", "ana", "2025-01-01T00:00:00Z", "one") + "\n");
        Files.move(copy, file, StandardCopyOption.REPLACE_EXISTING);
        assertEquals(JournalTexts.UNAVAILABLE, before.text(0));
        Files.delete(file);
        assertEquals(JournalTexts.UNAVAILABLE, before.text(1));
    }

    @Test
    void anUnchangedJournalGivesTheSameDiscussionWithItsTextsAtHand() throws Exception {
        Path file = dir.resolve("j.jsonl");
        CommentJournal journal = new CommentJournal(file);
        journal.append("a", "ana", "one");
        Discussion first = journal.discussion("a");
        first.prefetch(0, first.size());
        assertTrue(first == journal.discussion("a"));
        assertEquals("one", journal.discussion("a").cachedText(0));
        journal.append("a", "bo", "two");
        Discussion after = journal.discussion("a");
        assertFalse(first == after);
        assertEquals(List.of("ana: one", "bo: two"), screen(after));
    }

    @Test
    void linesThatAreNoRecordAreUnreadable() {
        assertNull(CommentCodec.decodeRecord("{\"id\":\"x\",\"edits\":\"c\",\"deletes\":\"c\",\"author\":\"a\",\"text\":\"t\"}", 0));
        assertNull(CommentCodec.decodeRecord("{\"id\":\"x\",\"edits\":\"c\",\"author\":\"a\"}", 0), "an edit needs a text");
        assertNull(CommentCodec.decodeRecord("{\"id\":\"x\",\"edits\":\" \",\"text\":\"t\"}", 0));
        assertNull(CommentCodec.decodeRecord("{\"id\":\"x\",\"deletes\":5}", 0));
        assertTrue(CommentCodec.decodeRecord("{\"id\":\"x\",\"deletes\":\"c\"}", 0) instanceof JournalRecord.Withdrawal);
        JournalRecord.Posted p = (JournalRecord.Posted) CommentCodec.decodeRecord(
                "{\"article\":\"a\",\"parent\":\"\",\"text\":\"t\"}", 7);
        assertNull(p.comment().parent(), "a blank parent is no parent");
        assertEquals("line@7", p.id());
    }
}
