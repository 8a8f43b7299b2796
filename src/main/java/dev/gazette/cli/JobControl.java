package dev.gazette.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether Gazette's process group is the terminal's foreground one. After Ctrl-Z a shell's
 * {@code bg}, or a {@code kill %1} (which continues the job to deliver the signal), wakes it
 * in the background, where changing the terminal's settings stops the process again
 * (SIGTTOU): the JVM then waited forever on an {@code stty} that could not finish, and a
 * screen drawn meanwhile landed on the shell's. Linux says it in /proc/self/stat: the
 * process group (field 5) and the terminal's foreground group (field 8).
 */
final class JobControl {
    private static final Path STAT = Path.of("/proc/self/stat");

    private JobControl() { }

    /** True in the foreground, and wherever it cannot be told (no /proc): as before. */
    static boolean inForeground() {
        try {
            return inForeground(Files.readString(STAT));
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    /** From a /proc/PID/stat line; the command name in parentheses may hold spaces and parentheses. */
    static boolean inForeground(String stat) {
        int close = stat.lastIndexOf(')');
        if (close < 0) return true;
        String[] f = stat.substring(close + 1).trim().split("\\s+");
        // after the name: state ppid pgrp session tty_nr tpgid ...
        if (f.length < 6) return true;
        long pgrp = Long.parseLong(f[2]);
        long foreground = Long.parseLong(f[5]);
        return foreground <= 0 || pgrp == foreground;
    }
}
