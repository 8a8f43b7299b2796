package dev.gazette.comments;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The resolved view of one article's records: tree, order, edits, withdrawals. Pure, no files. */
class DiscussionTest {

    private static Instant at(int minute) {
        return minute < 0 ? null : Instant.parse("2025-03-01T10:00:00Z").plusSeconds(60L * minute);
    }

    private static JournalRecord comment(String id, String author, int minute, String text) {
        return new JournalRecord.Posted(new Comment(id, "a", author, at(minute), text));
    }

    private static JournalRecord reply(String id, String parent, String author, int minute, String text) {
        return new JournalRecord.Posted(new Comment(id, "a", author, at(minute), text, parent));
    }

    private static JournalRecord edit(String id, String target, String author, int minute, String text) {
        return new JournalRecord.Edit(id, target, author, at(minute), text);
    }

    private static JournalRecord withdraw(String id, String target, String author, int minute) {
        return new JournalRecord.Withdrawal(id, target, author, at(minute));
    }

    /** The discussion as a view would draw it: indent by depth, marks, text. */
    private static List<String> screen(Discussion d) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) {
            DiscussionRow r = d.row(i);
            out.add("  ".repeat(r.depth()) + r.author() + ": " + d.text(i) + (r.edited() ? " (edited)" : ""));
        }
        return out;
    }

    @Test
    void repliesShowUnderTheirParentInDateOrder() {
        Discussion d = Discussion.of("a", List.of(
                comment("c1", "ana", 0, "first"),
                comment("c2", "bo", 1, "second"),
                reply("r2", "c1", "cy", 5, "later answer to first"),
                reply("r1", "c1", "bo", 2, "early answer to first"),
                reply("r11", "r1", "ana", 3, "answer to the answer")));
        assertEquals(List.of(
                "ana: first",
                "  bo: early answer to first",
                "    ana: answer to the answer",
                "  cy: later answer to first",
                "bo: second"), screen(d));
        assertEquals("r1", d.row(2).parentId());
        assertNull(d.row(0).parentId());
        assertEquals(5, d.commentCount());
        assertEquals(3, d.rowOf("r2"));
        assertEquals(-1, d.rowOf("nope"));
    }

    @Test
    void aReplyWhoseParentIsUnknownShowsAtTopLevel() {
        Discussion d = Discussion.of("a", List.of(
                reply("r", "gone", "bo", 1, "orphan"),
                comment("c", "ana", 0, "root")));
        assertEquals(List.of("ana: root", "bo: orphan"), screen(d));
        assertNull(d.row(1).parentId());
    }

    @Test
    void theAuthorsLatestEditGivesTheText() {
        Discussion d = Discussion.of("a", List.of(
                comment("c", "ana", 0, "tpyo"),
                edit("e2", "c", "ana", 9, "typo, and more"),
                edit("e1", "c", "ana", 5, "typo")));       // written later in the file, dated earlier
        assertEquals(List.of("ana: typo, and more (edited)"), screen(d));
        DiscussionRow r = d.row(0);
        assertTrue(r.edited());
        assertEquals(at(0), r.date());
        assertEquals(at(9), r.editedAt());
    }

    @Test
    void aWithdrawnCommentShowsDeletedAndKeepsItsReplies() {
        Discussion d = Discussion.of("a", List.of(
                comment("c", "ana", 0, "regrettable"),
                reply("r", "c", "bo", 1, "I disagree"),
                edit("e", "c", "ana", 2, "less regrettable"),
                withdraw("w", "c", "ana", 3)));
        assertEquals(List.of("ana: [deleted]", "  bo: I disagree"), screen(d));
        assertTrue(d.row(0).deleted());
        assertFalse(d.row(0).edited(), "a withdrawn comment is not shown as edited");
        assertEquals(1, d.commentCount(), "withdrawn comments are not counted");
        assertEquals(2, d.size());
    }

    @Test
    void editsAndWithdrawalsByAnotherAuthorAreIgnoredAndCounted() {
        Discussion d = Discussion.of("a", List.of(
                comment("c", "ana", 0, "mine"),
                edit("e", "c", "mallory", 1, "pwned"),
                withdraw("w", "c", "mallory", 2),
                edit("e2", "e", "ana", 3, "an edit of an edit means nothing")));
        assertEquals(List.of("ana: mine"), screen(d));
        assertFalse(d.row(0).edited());
        assertFalse(d.row(0).deleted());
        assertEquals(2, d.ignoredChanges());
    }

    @Test
    void undatedCommentsKeepTheirPlaceAfterTheDatedOneBeforeThem() {
        Discussion d = Discussion.of("a", List.of(
                comment("u0", "x", -1, "undated first line"),
                comment("b", "x", 10, "ten"),
                comment("u1", "x", -1, "undated after ten"),
                comment("a", "x", 5, "five"),
                comment("c", "x", 10, "ten again")));
        assertEquals(List.of("x: undated first line", "x: five", "x: ten", "x: undated after ten", "x: ten again"),
                screen(d));
        assertNull(d.row(0).date());
    }

    @Test
    void aCycleOfParentsShowsEachCommentOnce() {
        Discussion d = Discussion.of("a", List.of(
                reply("p", "q", "x", 0, "p"),
                reply("q", "p", "x", 1, "q"),
                reply("s", "s", "x", 2, "its own parent")));
        // A comment that names itself is simply top level; a cycle is broken at its earliest
        // comment and shown after the rest.
        assertEquals(List.of("x: its own parent", "x: p", "  x: q"), screen(d));
    }

    @Test
    void aChainOfAHundredThousandRepliesNeedsNoDeepStack() {
        List<JournalRecord> records = new ArrayList<>();
        records.add(comment("c0", "x", 0, "root"));
        for (int i = 1; i < 100_000; i++) records.add(reply("c" + i, "c" + (i - 1), "x", 0, "reply " + i));
        Discussion d = Discussion.of("a", records);
        assertEquals(100_000, d.size());
        assertEquals(99_999, d.row(99_999).depth());
        assertEquals("reply 99999", d.text(99_999));
    }

    @Test
    void textsAreReadOnlyWhenAskedForAndThenCached() {
        int[] reads = {0};
        JournalIndex index = new JournalIndex();
        for (int i = 0; i < 10; i++) {
            index.add(new CommentCodec.Head(CommentCodec.Kind.COMMENT, "c" + i, "a", null, "x", at(i)), i * 100L, 10);
        }
        Discussion d = index.discussion("a", (offsets, lengths, ids) -> {
            reads[0]++;
            String[] out = new String[offsets.length];
            for (int k = 0; k < out.length; k++) out[k] = ids[k] + "@" + offsets[k];
            return out;
        });
        assertEquals(0, reads[0], "building rows reads no text");
        assertNull(d.cachedText(3));
        d.prefetch(2, 6);
        assertEquals(1, reads[0], "one read for the whole page");
        assertEquals("c3@300", d.cachedText(3));
        assertEquals("c5@500", d.text(5));
        assertEquals(1, reads[0]);
        assertEquals("c9@900", d.text(9));
        assertEquals(2, reads[0]);
    }

    @Test
    void noRecordsNoRows() {
        Discussion d = Discussion.of("a", List.of(comment("c", "x", 0, "on a"),
                new JournalRecord.Posted(new Comment("o", "b", "x", at(0), "on b"))));
        assertEquals(1, d.size());
        assertEquals(0, Discussion.of("zzz", List.of()).size());
    }
}
