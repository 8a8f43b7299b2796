package dev.gazette.feed;

/**
 * The one cleaning rule for untrusted text where it enters Gazette (DESIGN.md section 7):
 * every loader and the comment journal pass each text field through here, so no view can
 * forget it and {@code --list} prints exactly what the feed said, less what could take over
 * a terminal.
 *
 * <p>Removed: C0 and C1 control characters and DEL, with the whole escape sequence an ESC or
 * a C1 introducer starts (so {@code ESC[2J} leaves nothing behind); bidi embeddings,
 * overrides, isolates and marks (U+202A-U+202E, U+2066-U+2069, U+200E/F, U+061C), which
 * could reorder the text around them; invisible characters that hide text (zero-width space,
 * word joiner, BOM, soft hyphen, tag characters, interlinear annotation). Lone surrogates and
 * noncharacters become U+FFFD.
 *
 * <p>Kept: everything that is writing, including combining marks, ZWJ (U+200D) and ZWNJ
 * (U+200C), which join emoji and shape Persian and Indic words, and variation selectors.
 */
public final class CleanText {
    /** Longest OSC/DCS string swallowed while looking for its terminator. */
    private static final int MAX_STRING_SEQUENCE = 4096;

    private CleanText() {}

    /** One line: controls removed, line breaks and tabs become spaces; null stays null. */
    public static String line(String s) {
        return clean(s, false);
    }

    /** Several lines: as {@link #line}, but line breaks (CRLF, CR, NEL, U+2028/9, VT, FF) become '\n'. */
    public static String multiline(String s) {
        return clean(s, true);
    }

    /** True when {@link #line} would return {@code s} unchanged. */
    public static boolean isClean(String s) {
        return s == null || firstChange(s, false) == s.length();
    }

    private static String clean(String s, boolean multiline) {
        if (s == null) return null;
        // Nearly all text is clean: find that out without building a copy.
        int first = firstChange(s, multiline);
        int n = s.length();
        if (first == n) return s;
        StringBuilder out = new StringBuilder(n);
        out.append(s, 0, first);
        int i = first;
        while (i < n) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                out.append(c);
                i++;
            } else if (c == '\n' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                out.append(multiline ? '\n' : ' ');
                i++;
            } else if (c == '\r') {
                out.append(multiline ? '\n' : ' ');
                i += (i + 1 < n && s.charAt(i + 1) == '\n') ? 2 : 1;
            } else if (c == '\t') {
                out.append(' ');
                i++;
            } else if (c == 0x1B) {
                i = skipEscape(s, i + 1);
            } else if (c == 0x9B) {
                i = skipCsi(s, i + 1);
            } else if (c == 0x90 || c == 0x9D || c == 0x98 || c == 0x9E || c == 0x9F) {
                i = skipString(s, i + 1);       // C1 DCS, OSC, SOS, PM, APC
            } else if (c < 0x20 || c <= 0x9F) {
                i++;                            // any other C0, DEL, C1
            } else {
                int cp = s.codePointAt(i);
                int len = Character.charCount(cp);
                if (Character.isSurrogate(c) && len == 1) {
                    out.append('\uFFFD');
                } else if ((cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF)) {
                    out.append('\uFFFD');
                } else if (!isHidden(cp)) {
                    out.appendCodePoint(cp);
                }
                i += len;
            }
        }
        return out.toString();
    }

    /** Format characters that only steer or hide text; ZWJ and ZWNJ are writing and stay. */
    private static boolean isHidden(int cp) {
        if (cp == 0x200C || cp == 0x200D) return false;
        return Character.getType(cp) == Character.FORMAT;
    }

    /**
     * The index of the first char that {@link #clean} would not copy as it is, or the length
     * when there is none. Printable ASCII costs one comparison a char.
     */
    private static int firstChange(String s, boolean keepNewline) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                i++;
                continue;
            }
            if (c == '\n' && keepNewline) {
                i++;
                continue;
            }
            if (c <= 0x9F || c == '\u2028' || c == '\u2029') return i;
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            if (Character.isSurrogate(c) && len == 1) return i;
            if ((cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF) || isHidden(cp)) return i;
            i += len;
        }
        return n;
    }

    /**
     * True for a code point that {@link #line} removes or replaces wherever it stands (any
     * control, format or noncharacter), so a message can show it escaped instead.
     */
    static boolean isUnsafe(int cp) {
        if (cp >= 0x20 && cp < 0x7F) return false;
        if (cp <= 0x9F || cp == 0x2028 || cp == 0x2029) return true;
        if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) return true;
        return (cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF) || isHidden(cp);
    }

    /** After ESC at {@code i - 1}: the index just past the sequence it starts. */
    private static int skipEscape(String s, int i) {
        int n = s.length();
        if (i >= n) return i;
        char c = s.charAt(i);
        if (c == '[') return skipCsi(s, i + 1);
        if (c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_') return skipString(s, i + 1);
        int j = i;     // nF / Fp / Fe / Fs: intermediates 0x20-0x2F, then one final 0x30-0x7E
        while (j < n && s.charAt(j) >= 0x20 && s.charAt(j) <= 0x2F) j++;
        if (j < n && s.charAt(j) >= 0x30 && s.charAt(j) <= 0x7E) return j + 1;
        return i;
    }

    /** CSI body: parameters 0x30-0x3F, intermediates 0x20-0x2F, final 0x40-0x7E. */
    private static int skipCsi(String s, int i) {
        int n = s.length();
        int j = i;
        while (j < n && s.charAt(j) >= 0x30 && s.charAt(j) <= 0x3F) j++;
        while (j < n && s.charAt(j) >= 0x20 && s.charAt(j) <= 0x2F) j++;
        if (j < n && s.charAt(j) >= 0x40 && s.charAt(j) <= 0x7E) return j + 1;
        return i;
    }

    /** OSC/DCS/... string: up to BEL or ST (ESC \ or 0x9C); an unterminated one keeps its text. */
    private static int skipString(String s, int i) {
        int n = s.length();
        int limit = Math.min(n, i + MAX_STRING_SEQUENCE);
        for (int j = i; j < limit; j++) {
            char c = s.charAt(j);
            if (c == 0x07 || c == 0x9C) return j + 1;
            if (c == 0x1B) return (j + 1 < n && s.charAt(j + 1) == '\\') ? j + 2 : j;
        }
        return i;
    }
}
