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
}
