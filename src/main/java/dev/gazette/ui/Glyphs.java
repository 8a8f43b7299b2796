package dev.gazette.ui;

import java.util.Locale;
import java.util.Map;

/**
 * How Gazette draws its own symbols: the unread dot, dashes, the ellipsis of a cut, arrows,
 * bullets, quote bars, rules and box frames. In a locale whose charset is not UTF-8 (LANG=C,
 * a Latin-1 locale, a serial console) those bytes would come out as mojibake, so each is
 * drawn as a one-column ASCII stand-in instead; since every stand-in is as wide as what it
 * replaces, nothing else on the screen moves. Feed text is drawn as it is either way.
 */
public enum Glyphs {
    UNICODE, ASCII;

    /** The glyphs for a session: {@link #ASCII} unless the locale's charset is UTF-8. */
    public static Glyphs forEnvironment(Map<String, String> env) {
        return isUtf8(localeCharset(env)) ? UNICODE : ASCII;
    }

    /**
     * The locale that decides the character set, as POSIX looks it up: LC_ALL, then
     * LC_CTYPE, then LANG, the first that is set and not empty; "C" when none is.
     */
    static String localeCharset(Map<String, String> env) {
        for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String v = env.get(name);
            if (v != null && !v.isEmpty()) return v;
        }
        return "C";
    }

    /** "en_US.UTF-8", "C.utf8", "de_DE.UTF-8@euro", or macOS's bare "UTF-8". */
    static boolean isUtf8(String locale) {
        String codeset = locale;
        int dot = codeset.indexOf('.');
        if (dot >= 0) codeset = codeset.substring(dot + 1);
        int at = codeset.indexOf('@');
        if (at >= 0) codeset = codeset.substring(0, at);
        String c = codeset.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        return c.equals("utf8");
    }

    /** What a screen cell shows: {@code cluster} itself, or its ASCII stand-in. */
    public String cell(String cluster) {
        if (this == UNICODE || cluster.length() != 1) return cluster;
        char c = cluster.charAt(0);
        if (c < 0x80) return cluster;
        char ascii = ascii(c);
        return ascii == 0 ? cluster : String.valueOf(ascii);
    }

    /** The one-column ASCII stand-in for one of Gazette's own symbols, or 0. */
    static char ascii(char c) {
        return switch (c) {
            case '\u25CF', '\u2022', '\u25AA' -> '*';           // ● unread, • ▪ bullets
            case '\u25E6', '\u25CC' -> 'o';                     // ◦ bullet, ◌ base of a lone mark
            case '\u2014', '\u2013', '\u2500' -> '-';           // — – ─
            case '\u2026' -> '~';                               // … a cut (one column, as mc does)
            case '\u00B7' -> '.';                               // · between byline parts
            case '\u2191' -> '^';
            case '\u2193' -> 'v';
            case '\u2190' -> '<';
            case '\u2192' -> '>';
            case '\u2502' -> '|';                               // │ quote bars, table columns, frames
            case '\u250C', '\u2510', '\u2514', '\u2518', '\u251C', '\u2524', '\u252C', '\u2534', '\u253C' -> '+';
            case '\u201C', '\u201D' -> '"';                     // the quotes Gazette puts around <q>
            case '\u21A9' -> '\\';                              // ↩ a code line going on, as a shell's line does
            case '\u21B5' -> '$';                               // ↵ a line break in the input, as cat -A shows it
            case '\u2039' -> '<';                               // ‹ › the input's text out of sight
            case '\u203A' -> '>';
            default -> 0;
        };
    }
}
