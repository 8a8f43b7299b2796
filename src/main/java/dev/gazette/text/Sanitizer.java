package dev.gazette.text;

import dev.gazette.feed.CleanText;

/**
 * The drawer's safety net: makes text safe to put on a terminal even when it did not come
 * through a loader. The rule is {@link CleanText}'s, the one rule for untrusted text: C0 and
 * C1 controls go with the whole escape sequence they start ({@code ESC[2J} leaves nothing),
 * and so do bidi controls and invisible characters that hide text; lone surrogates and
 * noncharacters become U+FFFD.
 *
 * <p>Everything that is writing stays, as the feed wrote it: combining marks (Devanagari and
 * Thai vowel signs, Arabic harakat, stress accents), ZWJ and ZWNJ, variation selectors,
 * emoji sequences. No normalisation either: {@code --list} prints titles as given, and the
 * screen draws each grapheme cluster whole in its cells ({@link TerminalCells}).
 */
public final class Sanitizer {
    private Sanitizer() {}

    /** Single line: controls removed, line breaks and tabs become spaces; null gives "". */
    public static String clean(String s) {
        if (s == null) return "";
        return CleanText.line(s);
    }

    /** As {@link #clean} but line breaks (LF, CRLF, CR, NEL, U+2028/9, VT, FF) become '\n'. */
    public static String cleanMultiline(String s) {
        if (s == null) return "";
        return CleanText.multiline(s);
    }

    /** Multiline and tabs kept, for preformatted text whose tabs are expanded to tab stops. */
    static String cleanKeepTabs(String s) {
        if (s == null || s.indexOf('\t') < 0) return cleanMultiline(s);
        StringBuilder out = new StringBuilder(s.length());
        int from = 0;
        while (true) {
            int tab = s.indexOf('\t', from);
            out.append(CleanText.multiline(s.substring(from, tab < 0 ? s.length() : tab)));
            if (tab < 0) return out.toString();
            out.append('\t');
            from = tab + 1;
        }
    }

    /**
     * True when {@code s} has nothing that {@link #clean} removes: no control character, no
     * format character other than ZWJ and ZWNJ, no lone surrogate, no noncharacter. A cheap
     * check for text that is normally clean already.
     */
    static boolean isSafeSingleLine(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return false;
            if (c < 0xAD) continue;
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                cp = Character.toCodePoint(c, s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                return false;
            }
            if (cp == 0x200C || cp == 0x200D) continue;
            if (Character.getType(cp) == Character.FORMAT) return false;
            if ((cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF)) return false;
        }
        return true;
    }
}
