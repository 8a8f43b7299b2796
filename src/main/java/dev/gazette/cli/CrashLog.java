package dev.gazette.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The report of an internal error (exit 1): the stack trace, Gazette's version, the Java
 * runtime and the command line, in a new file of the user's state folder
 * ({@code $XDG_STATE_HOME/gazette/}, else {@code ~/.local/state/gazette/}), one per crash
 * ({@code crash-20261130-162900-4242.log}).
 *
 * <p>Only the user can write there, and the file is created new ({@code O_EXCL}): a
 * symbolic link planted under that name makes the write fail, it is never followed. The
 * folder is made owner-only (0700) and the file 0600, because arguments name the user's
 * files. Writing never throws: a crash report that cannot be written gives null.
 */
public final class CrashLog {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    /** Crashes within one second of one process: crash-...-PID.log, then -2, -3, ... */
    private static final int MAX_SAME_NAME = 100;

    private CrashLog() { }

    /**
     * Writes the report of {@code error}; returns the file written, or null when none could be.
     *
     * @param args    the command line as given
     * @param version Gazette's version, as {@code --version} prints it
     * @param env     the environment ({@code XDG_STATE_HOME}, {@code HOME})
     */
    public static Path write(Throwable error, List<String> args, String version, Map<String, String> env) {
        return write(error, args, version, env, Clock.systemDefaultZone(), ProcessHandle.current().pid());
    }

    static Path write(Throwable error, List<String> args, String version, Map<String, String> env,
                      Clock clock, long pid) {
        try {
            Path folder = folder(env);
            if (folder == null) return null;
            createOwnerOnly(folder);
            ZonedDateTime now = ZonedDateTime.now(clock);
            byte[] report = report(error, args, version, now).getBytes(StandardCharsets.UTF_8);
            String base = "crash-" + STAMP.format(now) + "-" + pid;
            for (int n = 1; n <= MAX_SAME_NAME; n++) {
                Path file = folder.resolve(n == 1 ? base + ".log" : base + "-" + n + ".log");
                try {
                    writeNew(file, report);
                    return file;
                } catch (FileAlreadyExistsException taken) {
                    // a file, or a link someone planted, has that name: never write through it
                }
            }
            return null;
        } catch (IOException | RuntimeException | Error e) {
            return null;
        }
    }

    /**
     * {@code $XDG_STATE_HOME/gazette}, else {@code $HOME/.local/state/gazette}; null when
     * neither is known. A relative XDG_STATE_HOME is ignored, as the XDG spec says.
     */
    static Path folder(Map<String, String> env) {
        String state = env.get("XDG_STATE_HOME");
        if (state != null && !state.isEmpty() && Path.of(state).isAbsolute()) return Path.of(state, "gazette");
        String home = env.get("HOME");
        if (home == null || home.isEmpty()) home = System.getProperty("user.home");
        if (home == null || home.isEmpty() || !Path.of(home).isAbsolute()) return null;
        return Path.of(home, ".local", "state", "gazette");
    }

    /** The folder and any missing parents, 0700 where the file system has permissions. */
    private static void createOwnerOnly(Path folder) throws IOException {
        if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) return;
        if (posix(folder)) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
        } else {
            Files.createDirectories(folder);
        }
    }

    private static void writeNew(Path file, byte[] report) throws IOException {
        FileAttribute<?>[] attributes = posix(file.getParent())
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE)}
                : new FileAttribute<?>[0];
        // CREATE_NEW is O_CREAT|O_EXCL: it fails on an existing name, a dangling link included.
        Set<OpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        try (SeekableByteChannel ch = Files.newByteChannel(file, options, attributes);
             OutputStream out = Channels.newOutputStream(ch)) {
            out.write(report);
        }
    }

    private static boolean posix(Path anywhere) throws IOException {
        Path p = anywhere;
        while (p != null && !Files.exists(p)) p = p.getParent();
        return p != null && Files.getFileStore(p).supportsFileAttributeView("posix");
    }

    static String report(Throwable error, List<String> args, String version, ZonedDateTime when) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        out.println("Gazette " + version + " internal error at " + when.toOffsetDateTime());
        out.println("Arguments: " + quoted(args));
        out.println("Java: " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        out.println();
        if (error != null) error.printStackTrace(out);
        else out.println("(no exception)");
        out.flush();
        return text.toString();
    }

    /** Each argument in double quotes, escaped, so empty or spaced arguments read as they were. */
    private static String quoted(List<String> args) {
        if (args == null) return "(unknown)";
        StringBuilder sb = new StringBuilder();
        for (String a : args) {
            if (sb.length() > 0) sb.append(' ');
            sb.append('"');
            for (int i = 0; i < a.length(); i++) {
                char c = a.charAt(i);
                if (c == '"' || c == '\\') sb.append('\\').append(c);
                else if (c < 0x20 || c == 0x7F) sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                else sb.append(c);
            }
            sb.append('"');
        }
        return sb.toString();
    }
}
