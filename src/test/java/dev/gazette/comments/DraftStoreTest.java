package dev.gazette.comments;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Unsent drafts survive a restart, a damaged file, a killed save and a second reader. */
class DraftStoreTest {

    @TempDir
    Path dir;

    @Test
    void draftsComeBackAfterARestartWithWhatTheyAnswer() throws Exception {
        Path file = dir.resolve("feed.drafts.json");
        DraftStore store = new DraftStore(file);
        assertNull(store.get("a"));
        assertNull(store.warning());
        assertFalse(Files.exists(file), "opening creates nothing");

        store.put("a", "half a thought\nsecond line\twith a tab, 日本語 👍");
        store.put("b", Draft.reply("c-1", "I agree"));
        store.put("c", Draft.edit("c-2", "corrected"));
        store.save();
        assertEquals("{\"a\":{\"text\":\"half a thought\\nsecond line\\twith a tab, 日本語 👍\"},"
                + "\"b\":{\"text\":\"I agree\",\"parent\":\"c-1\"},"
                + "\"c\":{\"text\":\"corrected\",\"edits\":\"c-2\"}}\n", Files.readString(file));

        DraftStore again = new DraftStore(file);
        assertEquals(Draft.comment("half a thought\nsecond line\twith a tab, 日本語 👍"), again.get("a"));
        assertEquals(Draft.reply("c-1", "I agree"), again.get("b"));
        assertEquals(Draft.edit("c-2", "corrected"), again.get("c"));
    }

    @Test
    void aSentDraftIsRemovedAndABlankOneIsNotKept() throws Exception {
        Path file = dir.resolve("feed.drafts.json");
        DraftStore store = new DraftStore(file);
        store.put("a", "x");
        store.put("b", "y");
        store.save();
        store.remove("a");
        store.put("b", "   \n");
        assertTrue(store.hasUnsavedChanges());
        store.save();
        assertEquals("{}\n", Files.readString(file));
        assertEquals(Map.of(), new DraftStore(file).all());
        assertFalse(store.hasUnsavedChanges());
    }

    @Test
    void aDamagedFileReadsAsNoDraftsAndIsKeptUntilADraftChanges() throws Exception {
        Path file = dir.resolve("feed.drafts.json");
        Files.writeString(file, "{\"a\":{\"text\":\"tor");
        DraftStore store = new DraftStore(file);
        assertEquals(Map.of(), store.all());
        assertEquals("feed.drafts.json is not valid JSON; starting without drafts (a copy is kept)",
                store.warning());
        Path binary = Files.write(dir.resolve("other.drafts.json"), new byte[] {0, (byte) 0xFF, (byte) 0xFE, ' ', 'g'});
        assertEquals("other.drafts.json is not UTF-8 text; starting without drafts (a copy is kept)",
                new DraftStore(binary).warning());
        store.save();
        store.remove("nothing-there");
        store.save();
        assertEquals("{\"a\":{\"text\":\"tor", Files.readString(file), "nothing changed: not overwritten");

        store.put("b", "new");
        store.save();
        assertEquals(Map.of("b", Draft.comment("new")), new DraftStore(file).all());
        assertNull(store.warning());
        assertEquals("{\"a\":{\"text\":\"tor", Files.readString(dir.resolve("feed.drafts.json.damaged")),
                "the damaged file's text is kept aside, for a text editor to get the draft back");

        Files.writeString(file, "[1,2]");
        DraftStore again = new DraftStore(file);
        assertEquals("feed.drafts.json is not a JSON object; starting without drafts (a copy is kept)",
                again.warning());
        again.put("c", "newer");
        again.save();
        assertEquals("[1,2]", Files.readString(dir.resolve("feed.drafts.json.damaged.2")), "an earlier copy is not replaced");
        assertEquals("{\"a\":{\"text\":\"tor", Files.readString(dir.resolve("feed.drafts.json.damaged")));
    }

    @Test
    void entriesOfAnotherShapeAreSkippedAndControlsCleanedButTabsKept() throws Exception {
        Path file = dir.resolve("feed.drafts.json");
        Files.writeString(file, "{\"a\":\"plain\\tstring\\u001b[2J\",\"b\":5,\"c\":{\"text\":7},"
                + "\"d\":{\"text\":\"x\",\"parent\":\"p\",\"edits\":\"e\"},\"e\":{\"text\":\"ok\\u202e\",\"parent\":\"p\"}}");
        DraftStore store = new DraftStore(file);
        assertNull(store.warning());
        assertEquals(Map.of("a", Draft.comment("plain\tstring"), "e", Draft.reply("p", "ok")), store.all());
    }

    @Test
    void temporaryFilesLeftByAKilledSaveAreRemovedButAFreshOneIsNot() throws Exception {
        Path file = dir.resolve("feed.drafts.json");
        Path stale = dir.resolve(".feed.drafts.json.123.tmp");
        Path fresh = dir.resolve(".feed.drafts.json.456.tmp");
        Path other = dir.resolve(".feed.state.json.789.tmp");
        for (Path p : new Path[] {stale, fresh, other}) Files.writeString(p, "{}");
        FileTime old = FileTime.from(Instant.now().minus(DraftStore.STALE_TEMP).minusSeconds(3600));
        Files.setLastModifiedTime(stale, old);
        Files.setLastModifiedTime(other, old);

        new DraftStore(file);
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(fresh), "may be another process's save in progress");
        assertTrue(Files.exists(other), "not ours");

        DraftStore store = new DraftStore(file);
        store.put("a", "x");
        store.save();
        try (var s = Files.list(dir)) {
            assertEquals(2, s.filter(p -> p.getFileName().toString().endsWith(".tmp")).count(), "a save leaves no temporary file");
        }
    }

    @Test
    void twoReadersOnOneFeedKeepEachOthersDrafts() throws Exception {
        Path file = dir.resolve("feed.drafts.json");
        DraftStore one = new DraftStore(file);
        DraftStore two = new DraftStore(file);
        one.put("a", "from one");
        one.save();
        two.put("b", "from two");
        two.save();
        assertEquals(Map.of("a", Draft.comment("from one"), "b", Draft.comment("from two")), new DraftStore(file).all());
        assertEquals(new DraftStore(file).all(), two.all(), "a save also brings in the other's drafts");

        one.remove("a");
        one.save();
        assertEquals(Map.of("b", Draft.comment("from two")), new DraftStore(file).all());
    }

    @Test
    void aCommentSentInOneReaderNeverRemovesTheDraftAnotherWroteOnTheSameArticle() throws Exception {
        Path file = dir.resolve("feed.drafts.json");
        DraftStore a = new DraftStore(file);
        DraftStore b = new DraftStore(file);
        b.put("x", "b's half thought");
        assertNull(b.save());
        a.put("x", "a's comment");
        assertEquals("Draft not saved: another Gazette saved one here; yours is printed at quit",
                a.save());
        assertEquals(Map.of("x", Draft.comment("b's half thought")), new DraftStore(file).all(), "b's is not replaced");
        assertEquals(Map.of("x", Draft.comment("a's comment")), a.unsaved(), "a's is still there to save or print");

        a.remove("x");   // a sent its comment
        assertNull(a.save());
        assertEquals(Map.of("x", Draft.comment("b's half thought")), new DraftStore(file).all(), "nor removed");
        a.put("x", "a again");
        assertNotNull(a.save(), "b's is still b's: seeing it on the way did not make it a's");
    }

    @Test
    void aDraftBlockedByAnothersIsSavedOnceThatOneIsSent() throws Exception {
        Path file = dir.resolve("feed.drafts.json");
        DraftStore a = new DraftStore(file);
        DraftStore b = new DraftStore(file);
        b.put("x", "b's");
        b.save();
        a.put("x", "a's");
        assertNotNull(a.save());
        b.remove("x");
        assertNull(b.save());
        assertEquals(Map.of(), new DraftStore(file).all());
        assertNull(a.save(), "the blocked draft is tried again");
        assertEquals(Map.of("x", Draft.comment("a's")), new DraftStore(file).all());
        assertEquals(Map.of(), a.unsaved());
    }

    @Test
    void atQuitADraftTypedHereThatAnotherGazetteSentOrReplacedIsWrittenBackOrLeftUnsaved() throws Exception {
        Path file = dir.resolve("feed.drafts.json");
        DraftStore b = new DraftStore(file);
        b.put("x", "b's");
        b.put("y", "b's other");
        b.save();
        DraftStore a = new DraftStore(file);   // started later: b's drafts read as its own
        a.remove("x");                          // a sent b's text as a comment
        a.put("y", "a wrote over it");
        assertNull(a.save());
        b.reclaim();
        assertNotNull(b.save(), "y is blocked");
        assertEquals(Map.of("x", Draft.comment("b's"), "y", Draft.comment("a wrote over it")), new DraftStore(file).all(),
                "x is back; y is a's now");
        assertEquals(Map.of("y", Draft.comment("b's other")), b.unsaved(), "b's y, for the report at quit");

        DraftStore c = new DraftStore(file);
        c.put("z", "sent later");
        c.remove("z");
        c.save();
        c.reclaim();
        assertFalse(c.hasUnsavedChanges(), "a sent draft is not brought back");
    }

    @Test
    void aDraftReadFromTheFileIsTheReadersOwnToSendOrChange() throws Exception {
        Path file = dir.resolve("feed.drafts.json");
        DraftStore earlier = new DraftStore(file);
        earlier.put("x", "left yesterday");
        earlier.save();
        DraftStore today = new DraftStore(file);
        today.put("x", "left yesterday, finished today");
        assertNull(today.save());
        today.remove("x");
        assertNull(today.save());
        assertEquals(Map.of(), new DraftStore(file).all());
    }

    @Test
    void aFailedSaveSaysWhyInOneLineAndKeepsTheDrafts() throws Exception {
        Path folder = dir.resolve("later");
        Path file = folder.resolve("feed.drafts.json");
        DraftStore store = new DraftStore(file);
        store.put("a", "precious");
        JournalException e = assertThrows(JournalException.class, store::save);
        assertEquals("cannot save drafts: folder " + folder + " does not exist", e.getMessage());
        assertEquals(Draft.comment("precious"), store.get("a"));
        assertTrue(store.hasUnsavedChanges());

        Files.createDirectory(folder);
        store.save();
        assertEquals(Draft.comment("precious"), new DraftStore(file).get("a"));
    }

    @Test
    void aReadOnlyFolderNamesTheDraftsFileNotItsTemporaryFile() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("ro"));
        Path file = folder.resolve("feed.drafts.json");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root (and CAP_DAC_OVERRIDE) writes anyway; then there is nothing to test.
            assumeFalse(Files.isWritable(folder), "permissions are not enforced for this user");
            DraftStore store = new DraftStore(file);
            store.put("a", "precious");
            JournalException e = assertThrows(JournalException.class, store::save);
            assertEquals("cannot save drafts: permission denied (read-only): " + file, e.getMessage());
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    @Timeout(60)
    void savesOnAWorkerWhileTheUserTypesEndWithTheLastText() throws Exception {
        Path file = dir.resolve("feed.drafts.json");
        DraftStore store = new DraftStore(file);
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            Future<?> last = null;
            for (int i = 0; i <= 300; i++) {
                store.put("a", "draft " + i);
                if (i % 10 == 0) last = worker.submit(() -> {
                    store.save();
                    return null;
                });
            }
            last.get(50, TimeUnit.SECONDS);
            worker.submit(() -> {
                store.save();
                return null;
            }).get(50, TimeUnit.SECONDS);
        } finally {
            worker.shutdownNow();
        }
        assertEquals(Draft.comment("draft 300"), new DraftStore(file).get("a"));
        assertFalse(store.hasUnsavedChanges());
    }
}
