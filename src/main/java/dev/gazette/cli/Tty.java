package dev.gazette.cli;

import java.io.Console;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether Gazette talks to a person: stdin and stdout both terminals (isatty).
 *
 * <p>{@code System.console() != null} meant exactly that up to JDK 21. From JDK 22 on, the
 * console is there even when the streams are redirected, and {@code Console.isTerminal()}
 * (new in 22) tells; Gazette is built for 17, so that method is called by reflection where
 * it exists. Linux's {@code /proc/self/fd} says where fd 0 and 1 lead, faster than either.
 */
public final class Tty {
    private static final Path PROC_FD = Path.of("/proc/self/fd");

    private Tty() { }

    /**
     * True when stdin and stdout are both terminals. Linux's /proc answers in well under a
     * millisecond; System.console() took 8 ms of every start, so it is asked only where
     * /proc cannot be read.
     */
    public static boolean isTerminal() {
        Boolean proc = fromProc(PROC_FD);
        if (proc != null) return proc;
        return isTerminal(System.console(), isTerminalMethod(), PROC_FD);
    }

    /**
     * The decision, apart from where its facts come from.
     *
     * @param console           System.console(), or a stand-in
     * @param isTerminalMethod  Console.isTerminal() where the runtime has it (22+), else null
     * @param procFd            /proc/self/fd, asked only when the method cannot be called
     */
    static boolean isTerminal(Object console, Method isTerminalMethod, Path procFd) {
        if (console == null) return false;                // never a terminal, on any JDK
        if (isTerminalMethod == null) return true;        // up to 21: non-null means isatty(0) && isatty(1)
        try {
            return Boolean.TRUE.equals(isTerminalMethod.invoke(console));
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
            Boolean proc = fromProc(procFd);
            return proc != null && proc;
        }
    }

    /** {@code Console.isTerminal()} on JDK 22 and later; null before. */
    static Method isTerminalMethod() {
        try {
            return Console.class.getMethod("isTerminal");
        } catch (NoSuchMethodException | SecurityException e) {
            return null;
        }
    }

    /**
     * Whether fd 0 and fd 1 lead to terminal devices, read from the links in {@code fdDir}
     * ({@code /dev/pts/3} is a terminal; {@code pipe:[123]}, {@code /dev/null} or a file are
     * not); null when the folder cannot be read (not Linux).
     */
    static Boolean fromProc(Path fdDir) {
        try {
            return isTerminalDevice(Files.readSymbolicLink(fdDir.resolve("0")).toString())
                    && isTerminalDevice(Files.readSymbolicLink(fdDir.resolve("1")).toString());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null;
        }
    }

    /** Pseudo-terminals, virtual consoles, serial lines, the controlling terminal and the console. */
    static boolean isTerminalDevice(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    }
}
