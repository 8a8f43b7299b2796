package dev.gazette.feed;

/**
 * Text helpers for problem and error messages. Messages quote feed text and file names,
 * which are untrusted: control, bidi and invisible characters are escaped so that a message stays on one
 * line and never carries a terminal control sequence, and long values are cut.
 */
final class ProblemText {
    static final int MAX_QUOTED = 60;

    private ProblemText() { }

    /** The value in double quotes, escaped and cut to {@value #MAX_QUOTED} characters. */
    static String quote(String value) {
        String v = value.length() > MAX_QUOTED ? value.substring(0, MAX_QUOTED) + "\u2026" : value;
        return '"' + escapeControls(v) + '"';
    }

    /** The text with every C0/C1 control character (newlines included) shown as an escape. */
    static String oneLine(String text) {
        return text == null ? "" : escapeControls(text);
    }

    /**
     * C0/C1 controls, and everything else {@link CleanText} would remove (bidi controls,
     * zero-width and other format characters, lone surrogates), as Java-style escapes: a
     * --check line shows what the feed holds without letting it act on the terminal.
     */
    private static String escapeControls(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            boolean unsafe = CleanText.isUnsafe(cp);
            if (unsafe && sb == null) sb = new StringBuilder(s.length() + 8).append(s, 0, i);
            if (sb != null) {
                if (!unsafe) sb.appendCodePoint(cp);
                else if (cp == '\n') sb.append("\\n");
                else if (cp == '\r') sb.append("\\r");
                else if (cp == '\t') sb.append("\\t");
                else for (int k = i; k < i + len; k++) sb.append(hex(s.charAt(k)));
            }
            i += len;
        }
        return sb == null ? s : sb.toString();
    }

    private static String hex(char c) {
        String digits = Integer.toHexString(c);
        return "\\u" + "0".repeat(4 - digits.length()) + digits;
    }
}
