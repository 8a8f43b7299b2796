package dev.gazette.text;

import java.util.ArrayList;
import java.util.List;

/**
 * How many terminal columns text takes, cluster by cluster, and the screen cells it is drawn
 * in. The widths follow what terminals do, which is wcwidth(3) code point by code point
 * (glibc, xterm, VTE, tmux) plus the emoji sequences that terminals since about 2020 draw
 * as one glyph:
 * <ul>
 *   <li>a code point is 2 columns when its East Asian Width is Wide or Fullwidth (CJK,
 *       Hangul syllables, fullwidth forms, and every Emoji_Presentation character, which
 *       Unicode has made Wide since 9.0); 0 when it is a nonspacing or enclosing mark (Mn,
 *       Me: accents, harakat, Thai and Indic vowel signs above and below), a format character
 *       (ZWJ, ZWNJ), a variation selector or a Hangul medial vowel or final consonant; else 1.
 *       Spacing marks (Mc, as Devanagari "ी") take their own column, as in wcwidth.</li>
 *   <li>a cluster is the sum of its code points, except emoji sequences, which are 2: a
 *       character followed by VS16 (U+FE0F, emoji presentation: "❤️", keycap "1️⃣"), an emoji
 *       with a skin tone ("👍🏽"), a ZWJ sequence ("👩‍👩‍👧": the joined emoji add nothing) and a
 *       flag (two regional indicators).</li>
 * </ul>
 * The tables are Unicode 13.0, the version of the JDK 17's character data (categories and
 * the {@code \X} clusters of {@link Graphemes}); the East Asian Width ranges below were
 * generated from EastAsianWidth.txt for the code points Unicode 13.0 assigns, plus the
 * unassigned ideograph planes that default to Wide.
 *
 * <p>Lanterna's screen holds one or two columns per cell, so a cluster wider than 2 (rare:
 * a Hangul syllable spelt with two leading consonants) is drawn as several cells, one per
 * spacing code point with its marks. A cluster with nothing to stand on (a combining mark at
 * the very start of a line) is drawn on a dotted circle, as fonts do.
 */
public final class TerminalCells {
    private TerminalCells() {}

    /** One screen cell: the text it shows, {@code width} 1 or 2 columns, from {@code start} to {@code end} in the source. */
    public record Cell(int start, int end, String text, int width) {}

    private static final int ZWJ = 0x200D;
    private static final int VS15 = 0xFE0E;
    private static final int VS16 = 0xFE0F;
    private static final String DOTTED_CIRCLE = "\u25CC";
    private static final String REPLACEMENT = "\uFFFD";

    /** East Asian Width W and F, Unicode 13.0: sorted inclusive ranges {lo, hi, lo, hi, ...}. */
    private static final int[] WIDE = {
            0x1100, 0x115F, 0x231A, 0x231B, 0x2329, 0x232A, 0x23E9, 0x23EC,
            0x23F0, 0x23F0, 0x23F3, 0x23F3, 0x25FD, 0x25FE, 0x2614, 0x2615,
            0x2648, 0x2653, 0x267F, 0x267F, 0x2693, 0x2693, 0x26A1, 0x26A1,
            0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5, 0x26CE, 0x26CE,
            0x26D4, 0x26D4, 0x26EA, 0x26EA, 0x26F2, 0x26F3, 0x26F5, 0x26F5,
            0x26FA, 0x26FA, 0x26FD, 0x26FD, 0x2705, 0x2705, 0x270A, 0x270B,
            0x2728, 0x2728, 0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755,
            0x2757, 0x2757, 0x2795, 0x2797, 0x27B0, 0x27B0, 0x27BF, 0x27BF,
            0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55, 0x2E80, 0x2E99,
            0x2E9B, 0x2EF3, 0x2F00, 0x2FD5, 0x2FF0, 0x2FFB, 0x3000, 0x303E,
            0x3041, 0x3096, 0x3099, 0x30FF, 0x3105, 0x312F, 0x3131, 0x318E,
            0x3190, 0x31E3, 0x31F0, 0x321E, 0x3220, 0x3247, 0x3250, 0x4DBF,
            0x4E00, 0xA48C, 0xA490, 0xA4C6, 0xA960, 0xA97C, 0xAC00, 0xD7A3,
            0xF900, 0xFAFF, 0xFE10, 0xFE19, 0xFE30, 0xFE52, 0xFE54, 0xFE66,
            0xFE68, 0xFE6B, 0xFF01, 0xFF60, 0xFFE0, 0xFFE6, 0x16FE0, 0x16FE4,
            0x16FF0, 0x16FF1, 0x17000, 0x187F7, 0x18800, 0x18CD5, 0x18D00, 0x18D08,
            0x1B000, 0x1B11E, 0x1B150, 0x1B152, 0x1B164, 0x1B167, 0x1B170, 0x1B2FB,
            0x1F004, 0x1F004, 0x1F0CF, 0x1F0CF, 0x1F18E, 0x1F18E, 0x1F191, 0x1F19A,
            0x1F200, 0x1F202, 0x1F210, 0x1F23B, 0x1F240, 0x1F248, 0x1F250, 0x1F251,
            0x1F260, 0x1F265, 0x1F300, 0x1F320, 0x1F32D, 0x1F335, 0x1F337, 0x1F37C,
            0x1F37E, 0x1F393, 0x1F3A0, 0x1F3CA, 0x1F3CF, 0x1F3D3, 0x1F3E0, 0x1F3F0,
            0x1F3F4, 0x1F3F4, 0x1F3F8, 0x1F43E, 0x1F440, 0x1F440, 0x1F442, 0x1F4FC,
            0x1F4FF, 0x1F53D, 0x1F54B, 0x1F54E, 0x1F550, 0x1F567, 0x1F57A, 0x1F57A,
            0x1F595, 0x1F596, 0x1F5A4, 0x1F5A4, 0x1F5FB, 0x1F64F, 0x1F680, 0x1F6C5,
            0x1F6CC, 0x1F6CC, 0x1F6D0, 0x1F6D2, 0x1F6D5, 0x1F6D7, 0x1F6EB, 0x1F6EC,
            0x1F6F4, 0x1F6FC, 0x1F7E0, 0x1F7EB, 0x1F90C, 0x1F93A, 0x1F93C, 0x1F945,
            0x1F947, 0x1F978, 0x1F97A, 0x1F9CB, 0x1F9CD, 0x1F9FF, 0x1FA70, 0x1FA74,
            0x1FA78, 0x1FA7A, 0x1FA80, 0x1FA86, 0x1FA90, 0x1FAA8, 0x1FAB0, 0x1FAB6,
            0x1FAC0, 0x1FAC2, 0x1FAD0, 0x1FAD6, 0x20000, 0x2FFFD, 0x30000, 0x3FFFD
    };

    /** Columns of one code point (see the class comment); a control counts 1, as the drawer shows it as U+FFFD. */
    static int codePointWidth(int cp) {
        if (cp < 0x300) return 1;
        if (cp >= 0x1160 && cp <= 0x11FF) return 0;              // Hangul medial vowels, final consonants
        if (cp >= 0xD7B0 && cp <= 0xD7FF) return 0;
        int type = Character.getType(cp);
        // marks first: the kana voicing marks U+3099/U+309A are Wide but combine, width 0 as in wcwidth
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) return 0;
        return isWide(cp) ? 2 : 1;
    }

    static boolean isWide(int cp) {
        if (cp < WIDE[0]) return false;
        int lo = 0;
        int hi = WIDE.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < WIDE[2 * mid]) hi = mid - 1;
            else if (cp > WIDE[2 * mid + 1]) lo = mid + 1;
            else return true;
        }
        return false;
    }

    /** Columns of the grapheme cluster {@code [start, end)} of {@code s}. */
    static int clusterWidth(CharSequence s, int start, int end) {
        int cp0 = Character.codePointAt(s, start);
        int i = start + Character.charCount(cp0);
        int w = isEmojiModifier(cp0) ? 0 : codePointWidth(cp0);   // a skin tone with no emoji: see addCells
        if (i >= end) return w == 0 && isVisibleMark(cp0) ? 1 : w;
        boolean pictographic = isPictographic(cp0);
        if (isRegionalIndicator(cp0) && isRegionalIndicator(Character.codePointAt(s, i))) return 2;   // a flag
        boolean visibleMark = isVisibleMark(cp0);
        boolean emojiSequence = false;
        boolean joinNext = false;
        while (i < end) {
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            if (joinNext) {
                joinNext = false;
                if (pictographic) {
                    emojiSequence = true;                          // the joined emoji draws nothing of its own
                    continue;
                }
            }
            if (cp == ZWJ) {
                joinNext = true;
            } else if (cp == VS16) {
                if (pictographic || isKeycapBase(cp0)) emojiSequence = true;
            } else if (isEmojiModifier(cp)) {
                if (pictographic) emojiSequence = true;               // else a skin tone with no emoji: nothing
            } else {
                visibleMark |= isVisibleMark(cp);
                w += codePointWidth(cp);
            }
        }
        if (emojiSequence) return 2;
        return w == 0 && visibleMark ? 1 : w;
    }

    /**
     * The cells that draw {@code s}, left to right; their widths add up to
     * {@link TextWidth#columns}. Controls (which clean text never has) become U+FFFD, and a
     * lone surrogate too, so nothing that reaches a cell can move the terminal's cursor.
     */
    public static List<Cell> cells(String s) {
        List<Cell> out = new ArrayList<>(s.length());
        Graphemes g = new Graphemes(s);
        for (int i = 0, n = s.length(); i < n; ) {
            int j = g.next(i);
            addCells(s, i, j, out);
            i = j;
        }
        return out;
    }

    private static void addCells(String s, int start, int end, List<Cell> out) {
        char c = s.charAt(start);
        if (end == start + 1 && c >= 0x20 && c < 0x7F) {
            out.add(new Cell(start, end, String.valueOf(c), 1));
            return;
        }
        if (hasUnsafe(s, start, end)) {                       // controls are clusters of their own
            for (int i = start; i < end; i++) out.add(new Cell(i, i + 1, REPLACEMENT, 1));
            return;
        }
        int w = clusterWidth(s, start, end);
        // A skin tone with no emoji before it ("🏻" alone, or after a letter) is left out: tmux
        // joins it to the cell before, where it stays after that cell is drawn over.
        String text = isPictographic(s.codePointAt(start)) ? s.substring(start, end) : withoutSkinTones(s.substring(start, end));
        if (w == 0) return;                                    // a stray ZWJ, ZWNJ, variation selector or skin tone
        if (w <= 2) {
            boolean orphan = w == 1 && hasNoWidth(s, start, end);
            out.add(new Cell(start, end, orphan ? DOTTED_CIRCLE + text : text, w));
            return;
        }
        // wider than a Lanterna cell: one cell per spacing code point with the marks after it
        int pieceStart = start;
        int pieceWidth = codePointWidth(s.codePointAt(start));
        for (int i = start + Character.charCount(s.codePointAt(start)); i < end; ) {
            int cp = s.codePointAt(i);
            int cw = isEmojiModifier(cp) ? 0 : codePointWidth(cp);   // no pictographic start here: an orphan
            if (cw > 0 && pieceWidth == 0) {
                pieceWidth = cw;                               // zero-width leaders ride on the first spacing character
            } else if (cw > 0) {
                out.add(new Cell(pieceStart, i, withoutSkinTones(s.substring(pieceStart, i)), pieceWidth));
                pieceStart = i;
                pieceWidth = cw;
            }
            i += Character.charCount(cp);
        }
        out.add(new Cell(pieceStart, end, withoutSkinTones(s.substring(pieceStart, end)), pieceWidth));
    }

    /** The text without its emoji modifiers (skin tones), for a cluster that has no emoji for them. */
    private static String withoutSkinTones(String text) {
        if (text.indexOf('\uD83C') < 0) return text;   // every modifier's high surrogate
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !isEmojiModifier(cp)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** True when no code point of {@code [start, end)} has a width of its own: marks with no base. */
    private static boolean hasNoWidth(String s, int start, int end) {
        for (int i = start; i < end; ) {
            int cp = s.codePointAt(i);
            if (codePointWidth(cp) > 0) return false;
            i += Character.charCount(cp);
        }
        return true;
    }

    private static boolean hasUnsafe(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) return true;
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when terminals are known to disagree on how wide this cell's text is (emoji
     * sequences, clusters of several code points, emoji that older width tables call
     * narrow): the terminal then puts its cursor back where the cell ends.
     */
    public static boolean widthDisputed(String cellText) {
        if (cellText.isEmpty()) return false;
        int cp = cellText.codePointAt(0);
        if (Character.charCount(cp) < cellText.length()) return true;
        return codePointWidth(cp) == 2 && isPictographic(cp);
    }

    /** Nonspacing and enclosing marks that draw something (variation selectors draw nothing). */
    private static boolean isVisibleMark(int cp) {
        if ((cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)) return false;
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    private static boolean isEmojiModifier(int cp) {
        return cp >= 0x1F3FB && cp <= 0x1F3FF;
    }

    private static boolean isKeycapBase(int cp) {
        return (cp >= '0' && cp <= '9') || cp == '#' || cp == '*';
    }

    /**
     * Characters that can be an emoji (an approximation of Extended_Pictographic): the
     * supplementary pictograph blocks and the BMP symbols that have an emoji form.
     */
    static boolean isPictographic(int cp) {
        if (cp >= 0x1F000) return cp <= 0x1FAFF && !isRegionalIndicator(cp) && !isEmojiModifier(cp);
        return cp == 0x00A9 || cp == 0x00AE || cp == 0x203C || cp == 0x2049 || cp == 0x2122 || cp == 0x2139
                || in(cp, 0x2194, 0x21AA) || in(cp, 0x231A, 0x23FF) || cp == 0x24C2 || in(cp, 0x25AA, 0x25FE)
                || in(cp, 0x2600, 0x27BF) || in(cp, 0x2934, 0x2935) || in(cp, 0x2B05, 0x2B55)
                || cp == 0x3030 || cp == 0x303D || cp == 0x3297 || cp == 0x3299;
    }

    private static boolean in(int cp, int lo, int hi) {
        return cp >= lo && cp <= hi;
    }
}
