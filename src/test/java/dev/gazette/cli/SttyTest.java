package dev.gazette.cli;

import com.googlecode.lanterna.TerminalSize;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stty against a stand-in stty that writes down each call (its arguments and the file its input comes from; Linux's /proc tells). */
class SttyTest {
    @TempDir
    Path dir;
    private Path calls;
    private Path tty;

    @BeforeEach
    void fakeTerminal() throws IOException {
        calls = dir.resolve("calls.txt");
        tty = Files.writeString(dir.resolve("the-terminal"), "");
    }

    private Stty stty(String whenAskedToSave) throws IOException {
        Path program = Files.writeString(dir.resolve("stty"), "#!/bin/sh\n"
                + "from=$(basename \"$(readlink /proc/$$/fd/0)\")\n"
                + "(IFS='|'; echo \"$*  <- $from\") >> '" + calls + "'\n"
                + "if [ \"$1\" = -g ]; then " + whenAskedToSave + "; fi\n"
                + "if [ \"$1\" = size ]; then echo 40 120; fi\n");
        assertTrue(program.toFile().setExecutable(true));
        return new Stty(program.toString(), tty.toFile());
    }

    private List<String> calls() throws IOException {
        return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
    }

    @Test
    void oneShellSavesAndThenSetsEveryKeySetting() throws IOException {
        Stty stty = stty("echo 4500:5:bf:8a3b");
        assertEquals(new Stty.Saved("4500:5:bf:8a3b", new TerminalSize(120, 40)), stty.saveAndEnterKeyMode());
        assertEquals(List.of("-g  <- the-terminal", "size  <- the-terminal",
                "-icanon|min|1|-echo|intr|undef|susp|undef  <- the-terminal"), calls());
        List<String> command = stty.saveAndEnterKeyModeCommand();
        assertEquals(List.of("/bin/sh", "-c"), command.subList(0, 2), "one process started from Java");
    }

    @Test
    void nothingIsChangedWhenTheSettingsCannotBeSaved() throws IOException {
        Stty stty = stty("echo 'stty: not a tty' >&2; exit 1");
        assertEquals(new Stty.Saved("", null), stty.saveAndEnterKeyMode());
        assertEquals(List.of("-g  <- the-terminal"), calls());
    }

    @Test
    void aResizeAsksTheKernelForTheSizeNotTheTerminal() throws IOException {
        Stty stty = stty("echo 4500:5:bf:8a3b");
        assertEquals(new TerminalSize(120, 40), stty.size());
        assertEquals(List.of("size  <- the-terminal"), calls(), "one stty, on the terminal, nothing written to it");
    }

    @Test
    void aSizeIsTwoPositiveNumbersRowsFirst() {
        assertEquals(new TerminalSize(100, 30), Stty.size("30 100"));
        assertEquals(null, Stty.size("0 0"), "a serial line that does not know its size");
        assertEquals(null, Stty.size("stty: standard input: Inappropriate ioctl for device"));
        assertEquals(null, Stty.size(""));
    }

    @Test
    void restoringPutsBackTheSavedSettingsWithCtrlCAndCtrlZAsSignalsInOneCall() throws IOException {
        Stty stty = stty("echo 4500:5:bf:8a3b");
        stty.restore("4500:5:bf:8a3b");
        stty.restore("");
        assertEquals(List.of("4500:5:bf:8a3b|intr|^C|susp|^Z  <- the-terminal",
                "intr|^C|susp|^Z  <- the-terminal"), calls());
    }

    @Test
    void takingTheTerminalBackSetsTheKeySettingsInOneCall() throws IOException {
        Stty stty = stty("echo 4500:5:bf:8a3b");
        stty.enterKeyMode();
        assertEquals(List.of("-icanon|min|1|-echo|intr|undef|susp|undef  <- the-terminal"), calls());
    }
}
