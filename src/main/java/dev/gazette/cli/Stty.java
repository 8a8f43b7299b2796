package dev.gazette.cli;

import com.googlecode.lanterna.TerminalSize;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * The terminal's line discipline through stty, with one process for each change. Lanterna
 * runs stty once per setting: six processes before the first frame (about 5 ms each on a
 * cold JVM), and more for every Ctrl-Z or editor. Here the settings go in one call, and
 * saving the old ones (and asking for the size) is part of the same call.
 *
 * <p>Like Lanterna, it reads stty's answer and ignores its exit status: a terminal that
 * cannot be asked behaves as it did with Lanterna alone.
 */
final class Stty {
    /** Keys one at a time, not echoed, Ctrl-C and Ctrl-Z arriving as keys instead of signals. */
    static final List<String> KEY_MODE = List.of("-icanon", "min", "1", "-echo", "intr", "undef", "susp", "undef");
    /**
     * Lanterna gives Ctrl-C back as the interrupt key after a restore, whatever was saved;
     * Gazette does the same for Ctrl-Z, so a shell gets both signals back.
     */
    static final List<String> SIGNAL_KEYS = List.of("intr", "^C", "susp", "^Z");
    /**
     * {@code stty -g}, {@code stty size} and then the settings, in one shell: $0 is stty, the
     * settings are its arguments (no quoting to get wrong), and nothing changes when the save
     * failed. The size spares Lanterna's two questions to the terminal (a round trip each).
     */
    static final String SAVE_THEN_SET = "\"$0\" -g && { \"$0\" size; exec \"$0\" \"$@\"; }";

    /**
     * What {@link #saveAndEnterKeyMode} found.
     *
     * @param settings the saved settings ({@code stty -g}), empty when they could not be read
     * @param size     the terminal's size, or null when stty did not know it
     */
    record Saved(String settings, TerminalSize size) {}

    private final String stty;
    private final File tty;

    /**
     * @param stty the stty program
     * @param tty  the terminal it works on (its standard input): {@code /dev/tty}
     */
    Stty(String stty, File tty) {
        this.stty = stty;
        this.tty = tty;
    }

    /** The stty Lanterna would run: its system property, else /bin/stty. */
    static Stty forTerminal(File tty) {
        return new Stty(System.getProperty("com.googlecode.lanterna.terminal.UnixTerminal.sttyCommand", "/bin/stty"),
                tty);
    }

    /** Saves the settings, asks for the size and sets {@link #KEY_MODE}, in one process. */
    Saved saveAndEnterKeyMode() throws IOException {
        List<String> lines = run(saveAndEnterKeyModeCommand()).lines().map(String::strip).toList();
        return new Saved(lines.isEmpty() ? "" : lines.get(0), lines.size() < 2 ? null : size(lines.get(1)));
    }

    /** {@code stty size}'s "rows columns"; null for anything else, and for the 0 0 of a terminal that does not know. */
    static TerminalSize size(String rowsColumns) {
        String[] parts = rowsColumns.strip().split(" +");
        if (parts.length != 2) return null;
        try {
            int rows = Integer.parseInt(parts[0]);
            int columns = Integer.parseInt(parts[1]);
            return rows > 0 && columns > 0 ? new TerminalSize(columns, rows) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The terminal's size now ({@code stty size}), or null when stty does not know it. */
    TerminalSize size() throws IOException {
        return size(run(command(List.of("size"))));
    }

    /** Sets {@link #KEY_MODE} again (after Ctrl-Z or the editor). */
    void enterKeyMode() throws IOException {
        run(command(KEY_MODE));
    }

    /** Puts back what {@link #saveAndEnterKeyMode} saved, with {@link #SIGNAL_KEYS}; a failed save restores the keys alone. */
    void restore(String saved) throws IOException {
        List<String> settings = new ArrayList<>();
        if (saved != null && !saved.isEmpty()) settings.add(saved);
        settings.addAll(SIGNAL_KEYS);
        run(command(settings));
    }

    /** Any other settings, in one process. */
    void set(List<String> settings) throws IOException {
        run(command(settings));
    }

    List<String> saveAndEnterKeyModeCommand() {
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", SAVE_THEN_SET, stty));
        command.addAll(KEY_MODE);
        return command;
    }

    List<String> command(List<String> settings) {
        List<String> command = new ArrayList<>();
        command.add(stty);
        command.addAll(settings);
        return command;
    }

    /** Runs the command on the terminal and returns what it printed; its errors go nowhere, as with Lanterna. */
    private String run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(tty))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        byte[] out;
        try (InputStream in = process.getInputStream()) {
            out = in.readAllBytes();
        }
        try {
            process.waitFor();   // the settings are in place once stty has exited
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();   // its output is read: stty is as good as done
        }
        return new String(out, Charset.defaultCharset());
    }
}
