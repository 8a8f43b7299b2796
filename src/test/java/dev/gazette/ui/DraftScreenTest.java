package dev.gazette.ui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.gazette.comments.CommentJournal;
import dev.gazette.comments.DraftStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drafts kept on disk: typed, left, Gazette quit, started again: the draft is back. */
class DraftScreenTest {

    @TempDir
    Path dir;

    static KeyStroke key(char c) {
        return new KeyStroke(c, false, false);
    }

    /** Gazette on feed.json's files, as a fresh start would open them. */
    VirtualScreen start() {
        return VirtualScreen.withDrafts(60, 20, TestFeeds.threeArticles(),
                new CommentJournal(dir.resolve("feed.comments.jsonl")), new DraftStore(dir.resolve("feed.drafts.json")),
                "ana");
    }

    @Test
    void aDraftTypedAndLeftIsBackAfterARestart() throws IOException {
        VirtualScreen s = start();
        s.press(key('j')).press(KeyType.Enter).press(key('c')).type("half a thought").press(KeyType.Escape);
        s.press(key('q')).press(key('q'));
        assertFalse(s.state().running());
        s.effects.finish(1000);
        assertTrue(Files.readString(dir.resolve("feed.drafts.json")).contains("\"short\":{\"text\":\"half a thought\"}"),
                Files.readString(dir.resolve("feed.drafts.json")));

        VirtualScreen again = start();
        assertTrue(again.row(2).contains("Short note (draft)"), "the list says where the draft waits: " + again.row(2));
        assertFalse(again.row(1).contains("draft"), again.row(1));
        again.press(key('j')).press(KeyType.Enter);
        assertEquals("> half a thought", again.row(18));
        again.press(key('c')).type(", finished").press(KeyType.Enter);
        assertTrue(again.text().contains("half a thought, finished"));
        assertFalse(Files.readString(dir.resolve("feed.drafts.json")).contains("short"), "a saved comment's draft is gone");
        again.press(KeyType.Escape).press(key('q'));
        assertTrue(again.row(2).contains("Short note (1)") && !again.row(2).contains("draft"), again.row(2));
    }

    @Test
    void spacesAloneAreNoDraft() throws IOException {
        VirtualScreen s = start();
        s.press(key('j')).press(KeyType.Enter).press(key('c')).type("   ").press(KeyType.Escape).press(key('q'));
        assertFalse(s.row(2).contains("draft"), "no draft the file does not hold: " + s.row(2));
        s.press(key('q'));
        s.effects.finish(1000);
        assertFalse(Files.exists(dir.resolve("feed.drafts.json")) && Files.readString(dir.resolve("feed.drafts.json")).contains("short"));
    }

    @Test
    void aReplyDraftComesBackAsAReplyToTheSameComment() throws IOException {
        Files.writeString(dir.resolve("feed.comments.jsonl"), "{\"id\":\"1\",\"article\":\"short\",\"author\":\"bob\","
                + "\"date\":\"2025-03-02T11:00:00Z\",\"text\":\"First!\"}\n", StandardCharsets.UTF_8);
        VirtualScreen s = start();
        s.press(key('j')).press(KeyType.Enter).press(key(']'), key('R')).type("not so fast").press(KeyType.Escape);
        s.ctrl('c');
        s.effects.finish(1000);

        VirtualScreen again = start();
        again.press(key('j')).press(KeyType.Enter);
        assertEquals("Reply to bob> not so fast", again.row(18));
        again.press(key('c')).press(KeyType.Enter);
        String last = Files.readAllLines(dir.resolve("feed.comments.jsonl"), StandardCharsets.UTF_8).get(1);
        assertTrue(last.contains("\"parent\":\"1\"") && last.contains("not so fast"), last);
    }

    @Test
    void anEditThatChangesNothingLeavesNoDraftAndNoJournalLine() throws IOException {
        Path journal = Files.writeString(dir.resolve("feed.comments.jsonl"), "{\"id\":\"1\",\"article\":\"short\","
                + "\"author\":\"ana\",\"date\":\"2025-03-02T11:00:00Z\",\"text\":\"First!\"}\n", StandardCharsets.UTF_8);
        VirtualScreen s = start();
        s.press(key('j')).press(KeyType.Enter).press(key(']'), key('e'), key('?')).press(KeyType.Backspace)
                .press(KeyType.Escape);
        assertEquals("> c to comment", s.row(18), "typed away and back: no change, so no draft");
        s.ctrl('c');
        s.effects.finish(1000);

        VirtualScreen again = start();
        again.press(key('j')).press(KeyType.Enter);
        assertEquals("> c to comment", again.row(18));
        assertEquals(1, Files.readAllLines(journal).size(), "no edit line");
        again.effects.finish(1000);
        assertFalse(Files.exists(dir.resolve("feed.drafts.json")) && Files.readString(dir.resolve("feed.drafts.json")).contains("short"),
                "no draft on disk");
    }

    @Test
    void anEditDraftFromDiskThatChangesNothingGivesWayToANewCommentOnC() throws IOException {
        Path journal = Files.writeString(dir.resolve("feed.comments.jsonl"), "{\"id\":\"1\",\"article\":\"short\","
                + "\"author\":\"ana\",\"date\":\"2025-03-02T11:00:00Z\",\"text\":\"First!\"}\n", StandardCharsets.UTF_8);
        VirtualScreen s = start();
        s.press(key('j')).press(KeyType.Enter).press(key(']'), key('e'), key('?')).press(KeyType.Escape);
        s.ctrl('c');
        s.effects.finish(1000);
        // The comment becomes what the draft says by another way (another Gazette sharing the journal).
        Files.writeString(journal, "{\"id\":\"2\",\"article\":\"short\",\"edits\":\"1\",\"author\":\"ana\","
                + "\"date\":\"2025-03-02T12:00:00Z\",\"text\":\"First!?\"}\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        VirtualScreen again = start();
        again.press(key('j')).press(KeyType.Enter);
        assertEquals("Edit> First!?", again.row(18));
        again.press(key('c'));
        assertEquals(">", again.row(18).stripTrailing(), "a new comment, empty");
        again.type("Second").press(KeyType.Enter);
        String last = Files.readAllLines(journal).get(2);
        assertTrue(last.contains("Second") && !last.contains("\"edits\""), last);
    }

    @Test
    void anEditDraftOfACommentWithdrawnSinceComesBackAsANewComment() throws IOException {
        Path journal = Files.writeString(dir.resolve("feed.comments.jsonl"), "{\"id\":\"1\",\"article\":\"short\","
                + "\"author\":\"ana\",\"date\":\"2025-03-02T11:00:00Z\",\"text\":\"First!\"}\n", StandardCharsets.UTF_8);
        VirtualScreen s = start();
        s.press(key('j')).press(KeyType.Enter).press(key(']'), key('e')).type(" Or second.").press(KeyType.Escape);
        s.ctrl('c');
        s.effects.finish(1000);
        Files.writeString(journal, "{\"id\":\"w\",\"deletes\":\"1\",\"author\":\"ana\",\"date\":\"2025-03-02T12:00:00Z\"}\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        VirtualScreen again = start();
        again.press(key('j')).press(KeyType.Enter);
        assertEquals("> First! Or second.", again.row(18), "not an edit any more: its comment is withdrawn");
        again.press(key('c')).press(KeyType.Enter);
        String last = Files.readAllLines(journal).get(2);
        assertTrue(last.contains("First! Or second.") && !last.contains("\"edits\""), last);
    }

    @Test
    void aHangupStillWritesTheDraft() throws IOException {
        VirtualScreen s = start();
        s.press(key('j')).press(KeyType.Enter).press(key('c')).type("typed before the line dropped");
        s.post(new Event.InputClosed());
        s.effects.finish(1000);
        VirtualScreen again = start();
        again.press(key('j')).press(KeyType.Enter);
        assertEquals("> typed before the line dropped", again.row(18));
    }

    @Test
    void onRealWorkersQuittingWritesTheBatchedDraftAtOnce() throws IOException {
        DraftStore store = new DraftStore(dir.resolve("feed.drafts.json"));
        Workers workers = Workers.threads();
        EffectRunner effects = new EffectRunner(new Channel(new VirtualScreen.FakeSource(TestFeeds.threeArticles()),
                new CommentJournal(dir.resolve("feed.comments.jsonl")), null, store), url -> "", java.time.ZoneOffset.UTC,
                workers, ErrorLog.NONE);
        effects.run(new Effect.SaveDraft(0, "short", dev.gazette.comments.Draft.comment("kept on quit")), e -> { });
        effects.finish(5000);
        assertTrue(Files.readString(dir.resolve("feed.drafts.json")).contains("kept on quit"));
        effects.finish(1000);   // the shutdown hook calls it again: harmless
        // A hangup: the hook stopped the workers while the loop still handles an event.
        effects.run(new Effect.OpenArticle(0, 1, TestFeeds.threeArticles().articles().get(0), null, 80), e -> { });
        effects.run(new Effect.LoadFeed(0, 1), e -> { });
    }
}
