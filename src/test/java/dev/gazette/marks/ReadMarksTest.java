package dev.gazette.marks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadMarksTest {

    @TempDir
    Path dir;

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
    void damagedFileReadsAsNothingReadWithAWarningAndIsLeftAlone() throws IOException {
        Path file = Files.writeString(dir.resolve("feed.state.json"), "{\"read\": [\"a\", ", StandardCharsets.UTF_8);
        ReadMarks.Loaded loaded = new ReadMarks(file).load();
        assertTrue(loaded.read().isEmpty());
        assertEquals("feed.state.json is not valid JSON; starting with nothing read (the file is kept until you change a mark)",
                loaded.warning());
        assertEquals("{\"read\": [\"a\", ", Files.readString(file, StandardCharsets.UTF_8));

        Files.writeString(file, "[1,2]", StandardCharsets.UTF_8);
        assertTrue(new ReadMarks(file).load().warning().contains("has no \"read\" list"));
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
}
