package dev.gazette.feed;

/**
 * Text helpers for problem and error messages. Messages quote feed text and file names,
 * which are untrusted: control characters are escaped so that a message stays on one
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

    private static String escapeControls(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
            if (control && sb == null) sb = new StringBuilder(s.length() + 8).append(s, 0, i);
            if (sb == null) continue;
            if (!control) sb.append(c);
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c == '\t') sb.append("\\t");
            else sb.append(String.format("\\u%04x", (int) c));
        }
        return sb == null ? s : sb.toString();
    }
}
