package dev.gazette.marks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class ReadMarksTest {

    @TempDir
    Path dir;

    @Test
    void aSaveKeepsTheFilesPermissions() throws IOException {
        Path file = dir.resolve("feed.state.json");
        Files.writeString(file, "{\"version\":1,\"read\":[]}\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        new ReadMarks(file).save(Set.of("a"), Set.of());
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(Set.of("a"), new ReadMarks(file).load().read());
    }

    @Test
    void aFileANewerGazetteWroteIsReadButNeverReplaced() throws IOException {
        Path file = dir.resolve("feed.state.json");
        String newer = "{\"version\":2,\"read\":[\"a\"],\"starred\":[\"b\"]}\n";
        Files.writeString(file, newer, StandardCharsets.UTF_8);
        ReadMarks marks = new ReadMarks(file);
        ReadMarks.Loaded loaded = marks.load();
        assertEquals(Set.of("a"), loaded.read());
        assertEquals("feed.state.json was written by a newer Gazette (version 2); its read marks show, but changes to them "
                + "are not saved", loaded.warning());
        IOException e = assertThrows(IOException.class, () -> marks.save(Set.of("c"), Set.of()));
        assertEquals("feed.state.json was written by a newer Gazette (version 2), so it is not replaced", e.getMessage());
        assertEquals(newer, Files.readString(file, StandardCharsets.UTF_8), "what version 2 added is still there");
    }

    @Test
    void missingFileMeansNothingReadAndNoWarning() {
        ReadMarks.Loaded loaded = new ReadMarks(dir.resolve("feed.state.json")).load();
        assertTrue(loaded.read().isEmpty());
        assertNull(loaded.warning());
    }

    @Test
    void roundTripKeepsEveryIdIncludingUnicode() throws IOException {
        ReadMarks marks = new ReadMarks(dir.resolve("feed.state.json"));
        marks.save(List.of("a", "日本", "with \"quotes\""));
        assertEquals(Set.of("a", "日本", "with \"quotes\""), marks.load().read());
        assertEquals("{\"version\":1,\"read\":[\"a\",\"日本\",\"with \\\"quotes\\\"\"]}\n",
                Files.readString(marks.file(), StandardCharsets.UTF_8));
    }

    @Test
    void aFileCutShortKeepsItsWholeMarksWithAWarningAndIsLeftAlone() throws IOException {
        Path file = Files.writeString(dir.resolve("feed.state.json"), "{\"read\": [\"a\", 7, \"b\", \"c", StandardCharsets.UTF_8);
        ReadMarks.Loaded loaded = new ReadMarks(file).load();
        assertEquals(Set.of("a", "7", "b"), loaded.read(), "\"c\" was cut");
        assertEquals("feed.state.json is not valid JSON; 3 read marks recovered (a copy is kept)", loaded.warning());
        assertEquals("{\"read\": [\"a\", 7, \"b\", \"c", Files.readString(file, StandardCharsets.UTF_8));

        Files.writeString(file, "{\"version\":1,\"read\":[\"a\"", StandardCharsets.UTF_8);
        assertTrue(new ReadMarks(file).load().warning().contains("; 1 read mark recovered"));
        Files.writeString(file, "garbage", StandardCharsets.UTF_8);
        assertEquals(Set.of(), new ReadMarks(file).load().read());
        assertTrue(new ReadMarks(file).load().warning().contains("; starting with nothing read"));

        Files.writeString(file, "[1,2]", StandardCharsets.UTF_8);
        assertTrue(new ReadMarks(file).load().warning().contains("has no \"read\" list"));

        Files.write(file, new byte[] {0, (byte) 0xFF, (byte) 0xFE, ' ', 'g'});
        assertEquals("feed.state.json is not UTF-8 text; starting with nothing read (a copy is kept)",
                new ReadMarks(file).load().warning(), "in words, not MalformedInputException");
    }

    @Test
    void aDamagedFileIsCopiedAsideWhenAMarkChangesAndTheRecoveredMarksAreSaved() throws IOException {
        String damaged = "{\"version\":1,\"read\":[\"guide-keys\",\"guide-comments\"";
        Path file = Files.writeString(dir.resolve("feed.state.json"), damaged, StandardCharsets.UTF_8);
        ReadMarks marks = new ReadMarks(file);
        marks.load();
        assertEquals(Set.of("guide-keys", "guide-comments", "welcome"), marks.save(Set.of("welcome"), Set.of()));
        assertEquals(damaged, Files.readString(dir.resolve("feed.state.json.damaged"), StandardCharsets.UTF_8));
        assertEquals(Set.of("guide-keys", "guide-comments", "welcome"), new ReadMarks(file).load().read());
        marks.save(Set.of("other"), Set.of());
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "a sound file is not copied again");
        }
    }

    @Test
    void saveReplacesTheFileWholeAndLeavesNoTemporaryFiles() throws IOException {
        ReadMarks marks = new ReadMarks(dir.resolve("feed.state.json"));
        marks.save(List.of("one"));
        marks.save(List.of("one", "two"));
        assertEquals(Set.of("one", "two"), marks.load().read());
        try (var files = Files.list(dir)) {
            assertEquals(List.of("feed.state.json"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void saveIntoAMissingFolderFailsWithoutTouchingAnything() {
        ReadMarks marks = new ReadMarks(dir.resolve("gone").resolve("feed.state.json"));
        try {
            marks.save(List.of("x"));
            throw new AssertionError("expected the save to fail");
        } catch (IOException expected) {
            assertTrue(Files.notExists(dir.resolve("gone")));
        }
    }

    // ---- merging saves (two Gazettes on one feed) and stale temporary files

    private List<String> filesInDir() throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFailedSaveSaysWhyInWordsAndNotWhereItsTemporaryFileWas() throws IOException {
        // A folder that is a file: the temporary file cannot be made, whoever runs the test.
        Path notAFolder = Files.writeString(dir.resolve("feed.json"), "{}");
        ReadMarks marks = new ReadMarks(notAFolder.resolve("feed.state.json"));
        IOException e = assertThrows(IOException.class, () -> marks.save(Set.of("a"), Set.of()));
        assertEquals("not a directory", e.getMessage());
        IOException whole = assertThrows(IOException.class, () -> marks.save(List.of("a")));
        assertEquals("not a directory", whole.getMessage());
    }

    @Test
    void aReadOnlyFolderSaysPermissionDenied() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root (and CAP_DAC_OVERRIDE) writes anyway; then there is nothing to test.
            assumeFalse(Files.isWritable(folder), "permissions are not enforced for this user");
            ReadMarks marks = new ReadMarks(folder.resolve("feed.state.json"));
            IOException e = assertThrows(IOException.class, () -> marks.save(Set.of("a"), Set.of()));
            assertEquals("permission denied", e.getMessage());
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aMergingSaveKeepsTheMarksAnotherProcessSaved() throws IOException {
        Path file = dir.resolve("feed.state.json");
        ReadMarks first = new ReadMarks(file);
        ReadMarks second = new ReadMarks(file);
        assertTrue(first.load().read().isEmpty());
        assertTrue(second.load().read().isEmpty());

        assertEquals(Set.of("a", "b"), first.save(Set.of("a", "b"), Set.of()));
        assertEquals(Set.of("a", "b", "c"), second.save(Set.of("c"), Set.of()),
                "the second Gazette gets the first one's marks back");
        assertEquals(Set.of("b", "c"), first.save(Set.of(), Set.of("a")));
        assertEquals(Set.of("b", "c"), second.load().read());
        assertEquals("{\"version\":1,\"read\":[\"b\",\"c\"]}\n", Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(List.of("feed.state.json"), filesInDir());
    }

    @Test
    void anIdBothAddedAndRemovedCountsAsAdded() throws IOException {
        ReadMarks marks = new ReadMarks(dir.resolve("feed.state.json"));
        assertEquals(Set.of("x"), marks.save(Set.of("x"), Set.of("x")));
    }

    @Test
    void aMergingSaveReplacesADamagedFile() throws IOException {
        Path file = Files.writeString(dir.resolve("feed.state.json"), "{\"read\": [", StandardCharsets.UTF_8);
        ReadMarks marks = new ReadMarks(file);
        assertEquals(Set.of("n"), marks.save(Set.of("n"), Set.of("gone")));
        assertEquals(Set.of("n"), marks.load().read());
        assertNull(marks.load().warning());
    }

    @Test
    void savesFromManyThreadsAndInstancesLoseNothing() throws Exception {
        Path file = dir.resolve("feed.state.json");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Set<String>>> done = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String id = "id" + i;
                // A new instance per save: the serialisation is per file, not per object.
                Callable<Set<String>> save = () -> new ReadMarks(file).save(Set.of(id), Set.of());
                done.add(pool.submit(save));
            }
            for (Future<Set<String>> f : done) assertTrue(f.get().size() >= 1);
        } finally {
            pool.shutdown();
        }
        Set<String> read = new ReadMarks(file).load().read();
        assertEquals(40, read.size());
        for (int i = 0; i < 40; i++) assertTrue(read.contains("id" + i));
        assertEquals(List.of("feed.state.json"), filesInDir());
    }

    @Test
    void loadingRemovesTemporaryFilesThatAKilledSaveLeftBehind() throws IOException {
        Path file = dir.resolve("feed.state.json");
        new ReadMarks(file).save(Set.of("kept"), Set.of());
        FileTime twoMinutesAgo = FileTime.from(Instant.now().minusSeconds(120));
        Path stale = Files.writeString(dir.resolve(".feed.state.json.8123456.tmp"), "{\"version\":1,\"re");
        Files.setLastModifiedTime(stale, twoMinutesAgo);
        Path fresh = Files.writeString(dir.resolve(".feed.state.json.999.tmp"), "being written now");
        Path otherFeeds = Files.writeString(dir.resolve(".other.state.json.1.tmp"), "not ours");
        Files.setLastModifiedTime(otherFeeds, twoMinutesAgo);
        Path notTmp = Files.writeString(dir.resolve(".feed.state.json.bak"), "not a temporary file");
        Files.setLastModifiedTime(notTmp, twoMinutesAgo);

        assertEquals(Set.of("kept"), new ReadMarks(file).load().read());

        assertFalse(Files.exists(stale), "a temporary file older than a minute is removed");
        assertTrue(Files.exists(fresh), "a save of another process may be writing this one");
        assertTrue(Files.exists(otherFeeds));
        assertTrue(Files.exists(notTmp));
    }

    @Test
    void aSymlinkWithATemporaryNameIsNotFollowedOrRemoved() throws IOException {
        Path target = Files.writeString(dir.resolve("precious.txt"), "keep me");
        Files.setLastModifiedTime(target, FileTime.from(Instant.now().minusSeconds(120)));
        Path link = Files.createSymbolicLink(dir.resolve(".feed.state.json.1.tmp"), target);
        new ReadMarks(dir.resolve("feed.state.json")).load();
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("keep me", Files.readString(target));
    }
}
