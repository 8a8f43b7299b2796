package dev.gazette.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.gazette.comments.CommentJournal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Replies, edits and withdrawals in the article view, as a user sees and makes them. */
class DiscussionScreenTest {

    @TempDir
    Path dir;

    Path journal;

    static KeyStroke key(char c) {
        return new KeyStroke(c, false, false);
    }

    static String comment(String id, String parent, String author, String date, String text) {
        return "{\"id\":\"" + id + "\",\"article\":\"short\"" + (parent == null ? "" : ",\"parent\":\"" + parent + "\"")
                + ",\"author\":\"" + author + "\"" + (date == null ? "" : ",\"date\":\"" + date + "\"")
                + ",\"text\":\"" + text + "\"}\n";
    }

    /** A discussion on "Short note": bob, a reply by ana, its reply by bob; carl without a date; edits and a withdrawal. */
    VirtualScreen open(String... lines) throws IOException {
        journal = dir.resolve("feed.comments.jsonl");
        Files.writeString(journal, String.join("", lines), StandardCharsets.UTF_8);
        VirtualScreen s = VirtualScreen.of(60, 30, TestFeeds.threeArticles(), new CommentJournal(journal), null, "ana");
        return s.press(key('j')).press(KeyType.Enter);
    }

    String thread() {
        return comment("1", null, "bob", "2025-03-02T11:00:00Z", "First!")
                + comment("2", "1", "ana", "2025-03-02T12:00:00Z", "Replying to bob")
                + comment("3", "2", "bob", "2025-03-02T13:00:00Z", "And back to ana")
                + comment("4", null, "carl", null, "No date on me");
    }

    static int rowOf(VirtualScreen s, String text) {
        List<String> rows = s.rows();
        for (int i = 0; i < rows.size(); i++) if (rows.get(i).equals(text)) return i;
        return -1;
    }

    @Test
    void repliesAreIndentedUnderTheirParentAndAMissingDateShowsNoTime() throws IOException {
        VirtualScreen s = open(thread());
        String screen = s.text();
        assertTrue(screen.contains("Comments (4)"), screen);
        int bob = rowOf(s, "bob · 2025-03-02 11:00");
        assertTrue(bob > 0, screen);
        assertEquals("  First!", s.row(bob + 1));
        assertEquals("  ana · 2025-03-02 12:00", s.row(bob + 3));
        assertEquals("    Replying to bob", s.row(bob + 4));
        assertEquals("    bob · 2025-03-02 13:00", s.row(bob + 6));
        assertEquals("      And back to ana", s.row(bob + 7));
        assertEquals("carl", s.row(bob + 9), "no date, no time, no exception");
        assertEquals("  No date on me", s.row(bob + 10));
    }

    @Test
    void onANarrowScreenTheIndentIsCapped() throws IOException {
        StringBuilder deep = new StringBuilder(comment("c0", null, "bob", "2025-03-02T11:00:00Z", "level 0"));
        for (int i = 1; i < 8; i++) {
            deep.append(comment("c" + i, "c" + (i - 1), "bob", "2025-03-02T11:0" + i + ":00Z", "level " + i));
        }
        journal = dir.resolve("feed.comments.jsonl");
        Files.writeString(journal, deep.toString(), StandardCharsets.UTF_8);
        VirtualScreen s = VirtualScreen.of(24, 40, TestFeeds.threeArticles(), new CommentJournal(journal), null, "ana");
        s.press(key('j')).press(KeyType.Enter).press(key('G'));
        String screen = s.text();
        // 24 columns: at most 3 levels of 2 columns, so level 7 sits where level 3 does
        assertTrue(screen.contains("\n        level 3\n"), screen);
        assertTrue(screen.contains("\n        level 7\n"), screen);
    }

    @Test
    void anEditShowsTheNewTextMarkedEditedAndAForeignEditIsIgnored() throws IOException {
        VirtualScreen s = open(thread(),
                "{\"id\":\"e1\",\"edits\":\"1\",\"author\":\"bob\",\"date\":\"2025-03-02T14:00:00Z\",\"text\":\"First, edited\"}\n",
                "{\"id\":\"e2\",\"edits\":\"1\",\"author\":\"mallory\",\"date\":\"2025-03-02T15:00:00Z\",\"text\":\"pwned\"}\n");
        String screen = s.text();
        assertTrue(screen.contains("bob · 2025-03-02 11:00 (edited)\n  First, edited\n"), screen);
        assertFalse(screen.contains("pwned"), screen);
    }

    @Test
    void aWithdrawnCommentShowsDeletedAndKeepsItsReplies() throws IOException {
        VirtualScreen s = open(thread(),
                "{\"id\":\"w1\",\"deletes\":\"2\",\"author\":\"ana\",\"date\":\"2025-03-02T14:00:00Z\"}\n");
        String screen = s.text();
        assertTrue(screen.contains("  ana · 2025-03-02 12:00\n    [deleted]\n"), screen);
        assertTrue(screen.contains("      And back to ana"), screen);
        assertTrue(screen.contains("Comments (3)"), "a withdrawn comment is not counted: " + screen);
    }

    @Test
    void bracketsSelectCommentsAndTheSelectedOneIsHighlighted() throws IOException {
        VirtualScreen s = open(thread());
        int bob = rowOf(s, "bob · 2025-03-02 11:00");
        s.press(key(']'));
        assertTrue(s.cell(0, bob).getModifiers().contains(SGR.REVERSE), "the first comment is selected");
        s.press(key(']'));
        assertFalse(s.cell(0, bob).getModifiers().contains(SGR.REVERSE));
        assertTrue(s.cell(2, bob + 3).getModifiers().contains(SGR.REVERSE), "then the reply");
        s.press(key('['));
        assertTrue(s.cell(0, bob).getModifiers().contains(SGR.REVERSE));
        s.press(key('['));
        assertEquals("This is the first comment", s.row(29));
    }

    @Test
    void aBracketPastTheEndShowsTheSelectedCommentAgainAfterScrollingAway() throws IOException {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 10; i++) many.append(comment("m" + i, null, "bob", "2025-03-02T1" + i + ":00:00Z", "note " + i));
        VirtualScreen s = open(many.toString());
        for (int i = 0; i < 10; i++) s.press(key(']'));
        int last = rowOf(s, "bob · 2025-03-02 19:00");
        assertTrue(last > 0 && s.cell(0, last).getModifiers().contains(SGR.REVERSE), s.text());
        s.press(key('t'));
        assertEquals(-1, rowOf(s, "bob · 2025-03-02 19:00"), "t went back to the title: " + s.text());
        s.press(key(']'));
        assertEquals("This is the last comment", s.row(29));
        last = rowOf(s, "bob · 2025-03-02 19:00");
        assertTrue(last > 0 && s.cell(0, last).getModifiers().contains(SGR.REVERSE), "shown and still selected: " + s.text());
        s.press(key('t'), key('['));
        int nine = rowOf(s, "bob · 2025-03-02 18:00");
        assertTrue(nine > 0 && s.cell(0, nine).getModifiers().contains(SGR.REVERSE), "[ goes on from the selected one: " + s.text());
    }

    @Test
    void replyingPutsTheReplyUnderItsParentAndWritesItsParent() throws IOException {
        VirtualScreen s = open(thread());
        s.press(key(']'), key('R'));
        assertEquals("Reply to bob>", s.row(28));
        s.type("Agreed, bob").press(KeyType.Enter);
        assertEquals("Reply saved", s.row(29));
        String screen = s.text();
        assertTrue(screen.contains("  ana · "), screen);
        assertTrue(screen.contains("    Agreed, bob"), screen);
        String last = Files.readAllLines(journal, StandardCharsets.UTF_8).get(4);
        assertTrue(last.contains("\"parent\":\"1\"") && last.contains("\"text\":\"Agreed, bob\""), last);
        assertEquals("> c to comment", s.row(28), "the input is free again");
    }

    @Test
    void shrinkingTheWindowWhileReplyingKeepsTheCommentAnsweredOnScreen() throws IOException {
        VirtualScreen s = open(thread());
        assertTrue(s.text().contains("No date on me"), "the whole article fits 30 rows");
        s.press(key('['), key('R'));                       // the last comment: carl's, at the bottom
        assertEquals("Reply to carl>", s.row(28));
        s.resize(60, 12);
        assertTrue(rowOf(s, "carl") >= 0, s.text());
        assertTrue(rowOf(s, "  No date on me") >= 0, s.text());
        assertEquals("Reply to carl>", s.row(10));
        s.resize(60, 30);
        assertTrue(s.text().contains("Short note"), "room for all of it again: from the top " + s.text());
    }

    @Test
    void rOnAnotherCommentWithADraftTypedSaysTheDraftNowAnswersIt() throws IOException {
        VirtualScreen s = open(thread());
        s.press(key(']'), key('R')).type("half").press(KeyType.Escape);
        s.press(key(']'), key('R'));
        assertEquals("Reply to ana> half", s.row(28).stripTrailing());
        assertEquals("Your draft now answers ana, not bob", s.row(29).stripTrailing());
        s.press(KeyType.Escape).press(key('R'));
        assertEquals("Reply to ana> half", s.row(28).stripTrailing(), "the same comment again: nothing to say");
        assertFalse(s.row(29).startsWith("Your draft"), s.row(29));
    }

    /** The thread open, ana's reply to bob selected and e pressed: the input holds its text. */
    VirtualScreen editingAnasReply() throws IOException {
        VirtualScreen s = open(thread());
        s.press(key(']'), key(']'), key('e'));
        assertEquals("Edit> Replying to bob", s.row(28));
        return s;
    }

    @Test
    void editingOnesOwnCommentStartsFromItsTextAndShowsEdited() throws IOException {
        VirtualScreen s = editingAnasReply();
        s.ctrl('w').type("Bob").press(KeyType.Enter);
        assertEquals("Comment edited", s.row(29));
        assertTrue(s.text().contains("  ana · 2025-03-02 12:00 (edited)\n    Replying to Bob\n"), s.text());
        String last = Files.readAllLines(journal, StandardCharsets.UTF_8).get(4);
        assertTrue(last.contains("\"edits\":\"2\""), last);
    }

    @Test
    void savingAnEditWithoutAChangeWritesNothingAndClosesTheInput() throws IOException {
        VirtualScreen s = editingAnasReply();
        s.press(KeyType.Enter);
        assertEquals("No change to save: the comment is as it was", s.row(29));
        assertEquals("> c to comment", s.row(28), "the input closes as after a save");
        assertEquals(4, Files.readAllLines(journal).size(), "no edit line in the journal");
        assertTrue(s.text().contains("  ana · 2025-03-02 12:00\n    Replying to bob\n"), "not (edited): " + s.text());

        // Typed away and back again is no change either.
        s.press(key('e'), key('!')).press(KeyType.Backspace).press(KeyType.Enter);
        assertEquals("No change to save: the comment is as it was", s.row(29));
        assertEquals(4, Files.readAllLines(journal).size());
    }

    @Test
    void backingOutOfAnEditThatChangedNothingDropsItSoCWritesANewComment() throws IOException {
        VirtualScreen s = editingAnasReply();
        s.press(KeyType.Escape);
        assertEquals("> c to comment", s.row(28), "nothing was changed, so there is no draft to keep");
        s.press(key('c')).type("A new one").press(KeyType.Enter);
        List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        assertEquals(5, lines.size());
        assertTrue(lines.get(4).contains("A new one") && !lines.get(4).contains("\"edits\""), lines.get(4));
        assertTrue(s.text().contains("  ana · 2025-03-02 12:00\n    Replying to bob\n"), "not (edited): " + s.text());
    }

    @Test
    void cOnAnEditWithChangesSaysItIsAnEditAndClearingItLeavesANewComment() throws IOException {
        VirtualScreen s = open(thread());
        s.press(key(']'), key(']'), key('e')).type("!").press(KeyType.Escape);
        s.press(key('c'));
        assertEquals("Edit> Replying to bob!", s.row(28), "a changed edit is a draft like any other");
        assertEquals("This is your edit: Enter saves it, Ctrl-U then Esc drops it", s.row(29).stripTrailing());
        s.ctrl('u').press(KeyType.Escape);
        assertEquals("> c to comment", s.row(28));
        s.press(key('c')).type("Not an edit").press(KeyType.Enter);
        String last = Files.readAllLines(journal, StandardCharsets.UTF_8).get(4);
        assertTrue(last.contains("Not an edit") && !last.contains("\"edits\""), last);
    }

    @Test
    void anEditOfACommentWithdrawnInAnotherGazetteShowsItDeletedAndBecomesANewComment() throws IOException {
        VirtualScreen s = editingAnasReply();
        s.ctrl('w').type("Bob");
        // Another Gazette on the same journal withdraws the comment meanwhile.
        Files.writeString(journal, "{\"id\":\"w\",\"deletes\":\"2\",\"author\":\"ana\",\"date\":\"2025-03-02T14:00:00Z\"}\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        s.press(KeyType.Enter);
        assertEquals("That comment is gone now: Enter posts this as a new one",
                s.row(29).stripTrailing());
        assertTrue(s.text().contains("  ana · 2025-03-02 12:00\n    [deleted]\n"), "shown as it is now: " + s.text());
        assertEquals("> Replying to Bob", s.row(28), "the text stays, as a new comment");
        s.press(KeyType.Enter);
        assertEquals("Comment saved as ana", s.row(29).stripTrailing());
        String last = Files.readAllLines(journal, StandardCharsets.UTF_8).get(5);
        assertTrue(last.contains("\"text\":\"Replying to Bob\"") && !last.contains("\"edits\""), last);
    }

    @Test
    void anotherAuthorsCommentCannotBeEditedOrWithdrawn() throws IOException {
        VirtualScreen s = open(thread());
        s.press(key(']'), key('e'));
        assertEquals("Only bob can edit this comment", s.row(29));
        s.press(key('d'));
        assertEquals("Only bob can withdraw this comment", s.row(29));
        assertEquals(4, Files.readAllLines(journal).size());
    }

    @Test
    void withdrawingAsksFirstAndShowsDeleted() throws IOException {
        VirtualScreen s = open(thread());
        s.press(key(']'), key(']'), key('d'));
        assertEquals("Withdraw your comment? It will show as [deleted] (y/n)", s.row(29));
        s.press(key('n'));
        assertEquals("Not withdrawn", s.row(29));
        assertEquals(4, Files.readAllLines(journal).size());
        s.press(key('d'), key('y'));
        assertEquals("Comment withdrawn", s.row(29));
        assertTrue(s.text().contains("  ana · 2025-03-02 12:00\n    [deleted]\n"), s.text());
        assertTrue(s.text().contains("And back to ana"));
    }

    @Test
    void aWithdrawalThatCannotBeSavedSaysSoAndSpeaksOfNoDraft() throws IOException {
        VirtualScreen s = open(thread());
        s.press(key(']'), key(']'));
        String article = s.state().article().article().id();
        int source = s.state().article().source();
        s.post(new Event.CommentFailed(source, article, "cannot withdraw the comment: disk full", null, false));
        assertEquals("Cannot withdraw the comment: disk full", s.row(29).stripTrailing());
        s.post(new Event.CommentFailed(source, article, "cannot save comment: disk full"));
        assertEquals("Draft kept; cannot save comment: disk full", s.row(29).stripTrailing());
    }

    @Test
    void replyWithoutASelectionSaysHowToSelect() throws IOException {
        VirtualScreen s = open(thread());
        s.press(key('R'));
        assertEquals("Select a comment first: ] and [ move between comments", s.row(29));
    }

    @Test
    void withNoCommentsAtAllReplyEditAndWithdrawSaySoAsBracketDoes() throws IOException {
        VirtualScreen s = open();
        for (char c : new char[] {'R', 'e', 'd'}) {
            s.press(key(c));
            assertEquals("There are no comments here yet: c writes the first", s.row(29), "after " + c);
        }
        s.press(key(']'));
        assertEquals("There are no comments to select", s.row(29));
    }

    @Test
    void theHeadlineListShowsHowManyCommentsEachArticleHas() throws IOException {
        VirtualScreen s = open(thread());
        s.press(KeyType.Escape);
        String row = s.rows().stream().filter(r -> r.contains("Short note")).findFirst().orElseThrow();
        assertTrue(row.contains("Short note (4)"), row);
        String other = s.rows().stream().filter(r -> r.contains("Long read")).findFirst().orElseThrow();
        assertFalse(other.contains("("), other);
        s.press(KeyType.Enter).press(key('c')).type("one more").press(KeyType.Enter).press(KeyType.Escape);
        row = s.rows().stream().filter(r -> r.contains("Short note")).findFirst().orElseThrow();
        assertTrue(row.contains("Short note (5)"), "counted again after a save: " + row);
    }

    @Test
    void aBigDiscussionLaysOutAWindowAndBracketsReachTheRest() throws IOException {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 2500; i++) {
            many.append(comment("c" + i, null, "bob", String.format(java.util.Locale.ROOT, "2025-03-02T%02d:%02d:%02dZ",
                    i / 3600, i / 60 % 60, i % 60), "comment " + i));
        }
        VirtualScreen s = open(many.toString());
        s.press(key('G'));
        String screen = s.text();
        assertTrue(screen.contains("↓ 1,500 more comments: ] on the last one shown goes on"), screen);
        assertTrue(screen.contains("  comment 999\n"), screen);
        s.press(key('['));   // the last one in view
        s.press(key(']'));   // past the window: the next one is read
        screen = s.text();
        assertTrue(screen.contains("  comment 1000\n"), screen);
        assertTrue(s.state().article().page().comments().contains(1000));
        s.press(key('g'));
        assertTrue(s.text().contains("↑ 500 earlier comments: [ on the first one shown goes back"), s.text());
    }
}
