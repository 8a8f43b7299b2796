package dev.gazette.ui;

import dev.gazette.marks.ReadMarks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Read marks reach the file even when a save fails once: the next save or the quit writes them. */
class MarksSaverTest {
    @TempDir
    Path dir;

    @Test
    void marksAFailedSaveCouldNotWriteAreWrittenAtTheFlushOfAQuit() throws Exception {
        Path folder = dir.resolve("feeds");
        Files.writeString(folder, "a file where the folder should be, so the save fails");
        ReadMarks marks = new ReadMarks(folder.resolve("feed.state.json"));
        MarksSaver saver = new MarksSaver(0, marks, Runnable::run, (task, millis) -> task.run());
        List<Event> posted = new ArrayList<>();

        saver.save(ReadSet.of(List.of("a", "b")), posted::add);
        assertEquals(1, posted.size(), "the failure is said on the status line");
        assertTrue(((Event.Status) posted.get(0)).message().startsWith("Read marks not saved to "), posted.toString());

        Files.delete(folder);          // the user frees the space, fixes the folder...
        Files.createDirectory(folder);
        saver.flush(posted::add);      // ...and quits
        assertEquals(Set.of("a", "b"), marks.load().read());
        assertEquals(1, posted.size(), "no second failure");
    }

    @Test
    void aFlushWithNothingUnsavedWritesNothing() throws Exception {
        ReadMarks marks = new ReadMarks(dir.resolve("feed.state.json"));
        MarksSaver saver = new MarksSaver(0, marks, Runnable::run, (task, millis) -> task.run());
        saver.flush(e -> { });
        assertFalse(Files.exists(marks.file()));
    }
}
