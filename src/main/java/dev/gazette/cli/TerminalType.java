package dev.gazette.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether {@code TERM} names a terminal the reader can draw on: one that moves the cursor
 * to a row and column (terminfo's {@code cup}), which everything Gazette draws depends on.
 * {@code dumb} (Emacs shell buffers, some CI logs) and an unset {@code TERM} cannot; the
 * families of ANSI terminals can (xterm, screen, tmux, the Linux console, VT100 and the
 * rest); any other name is looked up in the terminfo database, as ncurses would, and the
 * compiled entry is asked for {@code cup}.
 */
final class TerminalType {
    /** Names of terminals known to take ANSI cursor addressing, terminfo or not. */
    private static final List<String> ANSI_FAMILIES = List.of(
            "xterm", "screen", "tmux", "rxvt", "linux", "vt100", "vt102", "vt2", "vt3", "vt4", "vt5", "ansi",
            "alacritty", "kitty", "foot", "wezterm", "konsole", "gnome", "vte", "putty", "st-", "iterm", "contour",
            "ghostty", "mintty", "cygwin", "ms-terminal", "eterm", "mlterm", "termite", "terminator", "xfce", "mrxvt",
            "kterm", "aterm", "cons25", "wsvt25", "sun-color", "pcansi", "nsterm", "rio", "zellij");
    private static final int CUP = 10;     // cursor_address: string capability 10 in term.h's order

    private TerminalType() { }

    /** Why the reader cannot run on this terminal, as the one line to print, or null when it can. */
    static String refusal(Map<String, String> env) {
        return refusal(env.get("TERM"), terminfoDirs(env));
    }

    static String refusal(String term, List<Path> terminfoDirs) {
        if (term == null || term.isBlank()) {
            return "gazette: TERM is not set, so the kind of terminal is unknown; the reader needs one that can"
                    + " move the cursor (e.g. TERM=xterm-256color); --list prints the headlines anywhere";
        }
        String t = term.strip().toLowerCase(Locale.ROOT);
        if (t.equals("dumb") || t.startsWith("dumb-")) {
            return "gazette: this terminal (TERM=" + term + ") cannot move the cursor, which the reader needs;"
                    + " --list prints the headlines anywhere";
        }
        if (isAnsiFamily(t)) return null;
        Boolean cup = hasCursorAddressing(term, terminfoDirs);
        if (cup == null) {
            return "gazette: unknown terminal type TERM=" + term + " (no terminfo entry); the reader needs one that"
                    + " can move the cursor: set TERM=xterm-256color if it is xterm-compatible, or use --list";
        }
        return cup ? null : "gazette: this terminal (TERM=" + term + ") cannot move the cursor, which the reader"
                + " needs; --list prints the headlines anywhere";
    }

    private static boolean isAnsiFamily(String t) {
        if (t.equals("st")) return true;
        for (String family : ANSI_FAMILIES) {
            if (t.startsWith(family)) return true;
        }
        return false;
    }

    /** Where ncurses looks for compiled entries, in its order. */
    static List<Path> terminfoDirs(Map<String, String> env) {
        List<Path> dirs = new ArrayList<>();
        String own = env.get("TERMINFO");
        if (own != null && !own.isEmpty()) dirs.add(Path.of(own));
        String home = env.get("HOME");
        if (home != null && !home.isEmpty()) dirs.add(Path.of(home, ".terminfo"));
        String list = env.get("TERMINFO_DIRS");
        if (list != null) {
            for (String d : list.split(":")) if (!d.isEmpty()) dirs.add(Path.of(d));
        }
        for (String d : new String[] {"/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo", "/usr/lib/terminfo"}) {
            dirs.add(Path.of(d));
        }
        return dirs;
    }

    /** True or false from the first entry named {@code term}; null when no directory has one. */
    static Boolean hasCursorAddressing(String term, List<Path> dirs) {
        if (term.contains("/") || term.startsWith(".")) return null;
        String first = term.substring(0, 1);
        String hex = String.format(Locale.ROOT, "%02x", (int) term.charAt(0));
        for (Path dir : dirs) {
            for (String sub : new String[] {first, hex}) {
                Path entry = dir.resolve(sub).resolve(term);
                if (!Files.isRegularFile(entry)) continue;
                try {
                    return hasString(Files.readAllBytes(entry), CUP);
                } catch (IOException | RuntimeException e) {
                    return false;      // an entry that cannot be read promises nothing
                }
            }
        }
        return null;
    }

    /**
     * Whether a compiled terminfo entry (term(5): the legacy format, magic 0432, or the
     * 32-bit one, magic 01036) has string capability {@code index}.
     */
    static boolean hasString(byte[] b, int index) {
        int magic = u16(b, 0);
        int numberSize = magic == 0432 ? 2 : magic == 01036 ? 4 : -1;
        if (numberSize < 0) throw new IllegalArgumentException("not a compiled terminfo entry");
        int names = u16(b, 2);
        int bools = u16(b, 4);
        int numbers = u16(b, 6);
        int strings = u16(b, 8);
        if (index >= strings) return false;
        int at = 12 + names + bools;
        if (at % 2 != 0) at++;
        at += numbers * numberSize;
        int offset = (short) u16(b, at + 2 * index);
        return offset >= 0;
    }

    private static int u16(byte[] b, int at) {
        if (at + 1 >= b.length) throw new IllegalArgumentException("truncated terminfo entry");
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }
}
