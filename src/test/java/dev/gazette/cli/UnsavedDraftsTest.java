package dev.gazette.cli;

import dev.gazette.comments.Draft;
import dev.gazette.comments.DraftStore;
import dev.gazette.comments.JournalException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Drafts no save could write are printed when Gazette quits, word for word. */
class UnsavedDraftsTest {
    @TempDir
    Path dir;

    @Test
    void draftsASaveCouldNotWriteArePrintedWhole() throws Exception {
        Path folder = dir.resolve("feeds");
        Files.writeString(folder, "a file where the folder should be, so no save can write");
        DraftStore store = new DraftStore(folder.resolve("feed.drafts.json"));
        store.put("guide-keys", Draft.comment("Half a thought, 日本語 👍\nsecond line"));
        store.put("guide-comments", Draft.reply("c-1", "I agree"));
        assertThrows(JournalException.class, store::save);

        assertEquals("gazette: 2 drafts could not be saved to " + folder.resolve("feed.drafts.json") + "; here they are:\n"
                + "\n--- a comment on article guide-keys\nHalf a thought, 日本語 👍\nsecond line\n"
                + "\n--- a reply to comment c-1 on article guide-comments\nI agree\n",
                UnsavedDrafts.report(List.of(store)));
    }

    @Test
    void savedDraftsAndNoStoreSayNothing() throws Exception {
        DraftStore store = new DraftStore(dir.resolve("feed.drafts.json"));
        store.put("a", Draft.edit("c-2", "corrected"));
        store.save();
        assertNull(UnsavedDrafts.report(Arrays.asList(store, null)));
    }
}
