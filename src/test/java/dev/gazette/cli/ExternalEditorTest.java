package dev.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** $VISUAL run on a comment: real editors here are small shell scripts. */
class ExternalEditorTest {
    @TempDir
    Path dir;

    private ExternalEditor editor(String script) throws IOException {
        Path file = dir.resolve("editor.sh");
        Files.writeString(file, "#!/bin/sh\n" + script + "\n", StandardCharsets.UTF_8);
        assertTrue(file.toFile().setExecutable(true));
        return new ExternalEditor(Map.of("VISUAL", file.toString()));
    }

    @Test
    void whatTheEditorSavesIsTheNewText() throws IOException {
        assertEquals("written\n", editor("echo written > \"$1\"").edit("draft"));
    }

    @Test
    void anEditorThatFailsAfterSavingLeavesTheDraftAndKeepsWhatItSaved() throws IOException {
        IOException e = assertThrows(IOException.class, () -> editor("echo typed then failed > \"$1\"; exit 1").edit("draft"));
        Matcher kept = Pattern.compile("^Draft unchanged: \\S+ exited with status 1; what it saved is in (\\S+)$")
                .matcher(e.getMessage());
        assertTrue(kept.find(), e.getMessage());
        Path file = Path.of(kept.group(1));
        assertEquals("typed then failed\n", Files.readString(file));
        Files.delete(file);
    }

    @Test
    void anAbortThatSavedNothingNewLeavesNoFileBehind() {
        IOException e = assertThrows(IOException.class, () -> editor("exit 1").edit("draft"));
        assertTrue(e.getMessage().endsWith("exited with status 1; the draft is unchanged"), e.getMessage());
        assertFalse(e.getMessage().contains("saved is in"), e.getMessage());
    }
}
