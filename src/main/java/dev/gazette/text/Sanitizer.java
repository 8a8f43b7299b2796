package dev.gazette.text;

import java.text.Normalizer;

/**
 * Makes untrusted feed and journal text safe to put on a terminal.
 *
 * <p>Removed: C0 and C1 control characters and DEL (whole ANSI escape sequences — CSI, OSC,
 * DCS... — are dropped with their parameters, so {@code ESC[2J} leaves nothing behind),
 * every Unicode format character (bidi embeddings, overrides and isolates, LRM/RLM/ALM,
 * zero-width space/joiners, word joiner, BOM, soft hyphen, tag characters), lone surrogates
 * and noncharacters (replaced by U+FFFD). Right-to-left text itself stays, in logical order:
 * without the controls it can no longer reorder anything around it.
 *
 * <p>The result is then fitted to Lanterna's one-or-two-cell model by {@link TerminalCells}
 * (NFC, variation selectors, stray combining marks), so that {@link TextWidth} and the
 * terminal agree on every column.
 */
public final class Sanitizer {
    private Sanitizer() {}

    /** Longest OSC/DCS string we are willing to swallow when looking for its terminator. */
    private static final int MAX_STRING_SEQUENCE = 4096;

    /** Single line: controls removed, line breaks and tabs become spaces; null gives "". */
    public static String clean(String s) {
        return clean(s, false, false);
    }

    /** As {@link #clean} but line breaks (LF, CRLF, CR, NEL, U+2028/9, VT, FF) become '\n'. */
    public static String cleanMultiline(String s) {
        return clean(s, true, false);
    }

    /** Multiline and tabs kept, for preformatted text whose tabs are expanded to tab stops. */
    static String cleanKeepTabs(String s) {
        return clean(s, true, true);
    }

    /**
     * True when {@code s} has nothing that {@link #clean} removes for safety: no control
     * character, no format character (bidi, zero-width), no lone surrogate. A cheap check
     * for text that is normally clean already.
     */
    static boolean isSafeSingleLine(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return false;
            if (c < 0xAD) continue;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (Character.getType(Character.toCodePoint(c, s.charAt(i + 1))) == Character.FORMAT) return false;
                i++;
            } else if (Character.isSurrogate(c) || Character.getType(c) == Character.FORMAT) {
                return false;
            }
        }
        return true;
    }

    private static String clean(String s, boolean multiline, boolean keepTabs) {
        if (s == null || s.isEmpty()) return "";
        if (isPrintableAscii(s)) return s;
        String removed = removeControls(s, multiline, keepTabs);
        String nfc = Normalizer.isNormalized(removed, Normalizer.Form.NFC)
                ? removed : Normalizer.normalize(removed, Normalizer.Form.NFC);
        return TerminalCells.fit(nfc);
    }

    private static boolean isPrintableAscii(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7E) return false;
        }
        return true;
    }

    private static String removeControls(String s, boolean multiline, boolean keepTabs) {
        int n = s.length();
        StringBuilder out = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                out.append(c);
                i++;
                continue;
            }
            if (c == '\n' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                out.append(multiline ? '\n' : ' ');
                i++;
                continue;
            }
            if (c == '\r') {
                out.append(multiline ? '\n' : ' ');
                i += (i + 1 < n && s.charAt(i + 1) == '\n') ? 2 : 1;
                continue;
            }
            if (c == '\t') {
                out.append(keepTabs ? '\t' : ' ');
                i++;
                continue;
            }
            if (c == 0x1B) {               // ESC: drop the whole sequence it introduces
                i = skipEscape(s, i + 1);
                continue;
            }
            if (c == 0x9B) {               // C1 CSI
                i = skipCsi(s, i + 1);
                continue;
            }
            if (c == 0x90 || c == 0x9D || c == 0x98 || c == 0x9E || c == 0x9F) {   // C1 DCS, OSC, SOS, PM, APC
                i = skipString(s, i + 1);
                continue;
            }
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {   // any other C0, DEL, C1
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            if (Character.isSurrogate(c) && len == 1) {
                out.append('\uFFFD');                      // lone surrogate
            } else if (Character.getType(cp) == Character.FORMAT) {
                // bidi controls, ZWSP/ZWNJ/ZWJ, word joiner, BOM, soft hyphen, tags: dropped
            } else if ((cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF)) {
                out.append('\uFFFD');                      // noncharacter
            } else {
                out.appendCodePoint(cp);
            }
            i += len;
        }
        return out.toString();
    }

    /** After ESC at {@code i - 1}: returns the index just past the sequence. */
    private static int skipEscape(String s, int i) {
        int n = s.length();
        if (i >= n) return i;
        char c = s.charAt(i);
        if (c == '[') return skipCsi(s, i + 1);
        if (c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_') return skipString(s, i + 1);
        // nF / Fp / Fe / Fs escape: intermediates 0x20-0x2F then one final 0x30-0x7E
        int j = i;
        while (j < n && s.charAt(j) >= 0x20 && s.charAt(j) <= 0x2F) j++;
        if (j < n && s.charAt(j) >= 0x30 && s.charAt(j) <= 0x7E) return j + 1;
        return i;   // malformed: drop just the ESC
    }

    /** CSI body: parameters 0x30-0x3F, intermediates 0x20-0x2F, final 0x40-0x7E. */
    private static int skipCsi(String s, int i) {
        int n = s.length();
        int j = i;
        while (j < n && s.charAt(j) >= 0x30 && s.charAt(j) <= 0x3F) j++;
        while (j < n && s.charAt(j) >= 0x20 && s.charAt(j) <= 0x2F) j++;
        if (j < n && s.charAt(j) >= 0x40 && s.charAt(j) <= 0x7E) return j + 1;
        return i;   // unterminated: the introducer is gone, the rest is harmless text
    }

    /** OSC/DCS/... string: up to BEL, ST (ESC \ or 0x9C); unterminated strings keep their text. */
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
