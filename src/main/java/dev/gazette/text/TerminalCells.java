package dev.gazette.text;

import java.text.Normalizer;

/**
 * Rewrites (NFC, control-free) text so that Lanterna 3.1.5 and a real terminal agree on how
 * many cells every character takes. Why this is needed:
 *
 * <p>Lanterna's screen puts one grapheme cluster ({@code BreakIterator} character instance)
 * in a {@code TextCharacter} and gives it two cells when {@code isDoubleWidth()}: a single
 * char counts 2 only when {@code TerminalTextUtils.isCharCJK}, and <em>every</em> cluster of
 * more than one char counts 2 (its private {@code isEmoji} says so for any string longer than
 * one char). When it refreshes, it writes the cluster and assumes the terminal cursor moved by
 * that many cells. Where the terminal disagrees, every later cell of the row lands one column
 * off and stale characters stay behind. Terminals (wcwidth, Unicode East Asian Width) show:
 * a letter with combining marks in 1 cell, an emoji in 2, "⚡" in 2 though Lanterna says 1.
 *
 * <p>So the text is adjusted so that both sides say the same, preferring what modern
 * terminals draw (emoji 2 cells):
 * <ul>
 *   <li>Combining marks left after NFC (no precomposed form: Hebrew points, Arabic harakat,
 *       Thai and Indic vowel signs, "Zalgo" stacks) on a one-cell base would make a 1-cell
 *       glyph that Lanterna counts as 2: they are dropped. On a two-cell base (CJK, emoji)
 *       both agree on 2 and they are kept. Spacing marks (Mc) take their own cell in the
 *       terminal, so base + Mc is 2 on both sides and is kept.</li>
 *   <li>VS16 (U+FE0F, emoji presentation) is kept after characters that have an emoji form
 *       (the cluster is 2 in Lanterna and in emoji-aware terminals) and dropped elsewhere;
 *       other variation selectors (VS15 text presentation as in Daring Fireball's "↩︎",
 *       VS1-14, ideographic ones) are dropped: they turn a 1-cell glyph into a 2-char cluster.</li>
 *   <li>BMP emoji whose default presentation is emoji ("⚡", "✅", "⭐") are drawn in 2 cells
 *       by terminals but counted 1 by Lanterna: VS16 is appended so Lanterna counts 2 too.
 *       The same is done for the few wide CJK blocks Lanterna does not know (Bopomofo, Yi,
 *       CJK strokes, ideographic description characters, Hangul Jamo Extended-A).</li>
 *   <li>Wide or odd compatibility characters that have a plain equivalent are mapped with NFKC
 *       (Kangxi radicals, CJK compatibility squares like "㎏", small and vertical forms, the
 *       fullwidth signs U+FFE0-FFE6, mathematical alphanumerics like "𝐛𝐨𝐥𝐝").</li>
 *   <li>Emoji skin-tone modifiers are dropped (JDK 17 splits them into a cluster of their own,
 *       which Lanterna would count as 2 more cells), and regional-indicator symbols (flags,
 *       which JDK 17 also splits) become their ASCII letters: "🇯🇵" reads "JP".
 *       Zero-width joiners were already removed by {@link Sanitizer}, so a ZWJ family shows as
 *       its members, each 2 cells on both sides.</li>
 * </ul>
 * Known remaining differences: rare supplementary-plane characters that terminals draw in one
 * cell (historic scripts, musical symbols) are counted 2 by Lanterna, and terminals set to
 * "ambiguous = wide" (CJK locales) draw "…", "│", "•" in 2 cells.
 */
final class TerminalCells {
    private TerminalCells() {}

    private static final char VS16 = '\uFE0F';

    static String fit(String nfc) {
        int n = nfc.length();
        StringBuilder out = null;          // created on the first change
        boolean baseWide = false;           // the cluster being built already counts 2 cells on both sides
        boolean baseEmoji = false;          // ... and its base may take VS16
        boolean baseHasVs16 = false;
        int i = 0;
        while (i < n) {
            int cp = nfc.codePointAt(i);
            int len = Character.charCount(cp);
            String replacement = null;     // null: keep cp as is
            int type = Character.getType(cp);
            if (cp == VS16) {
                if (baseEmoji && !baseHasVs16) {
                    baseHasVs16 = true;
                    baseWide = true;
                } else {
                    replacement = "";
                }
            } else if ((cp >= 0xFE00 && cp <= 0xFE0E) || (cp >= 0xE0100 && cp <= 0xE01EF)) {
                replacement = "";
            } else if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                if (!baseWide) replacement = "";
            } else if (cp >= 0x1F3FB && cp <= 0x1F3FF) {
                replacement = "";           // skin-tone modifier
            } else if (cp >= 0x1F1E6 && cp <= 0x1F1FF) {
                replacement = String.valueOf((char) ('A' + (cp - 0x1F1E6)));
                baseWide = false;
                baseEmoji = false;
                baseHasVs16 = false;
            } else {
                boolean nextIsVs16 = i + len < n && nfc.charAt(i + len) == VS16;
                String plain = needsNfkc(cp) ? nfkc(cp) : null;
                if (plain != null) {
                    // the plain form may itself need fitting (U+FFE3 is NFKC " \u0304"); marks after it are dropped
                    replacement = fit(plain);
                    baseWide = false;
                    baseEmoji = false;
                    baseHasVs16 = false;
                } else if ((isEmojiPresentation(cp) || isWideUnknownToLanterna(cp)) && !nextIsVs16) {
                    replacement = new String(Character.toChars(cp)) + VS16;
                    baseWide = true;
                    baseEmoji = true;
                    baseHasVs16 = true;
                } else {
                    baseWide = len > 1 || Graphemes.isWideChar((char) cp);
                    baseEmoji = len > 1 || hasEmojiForm(cp) || isEmojiPresentation(cp) || isWideUnknownToLanterna(cp);
                    baseHasVs16 = false;
                }
            }
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(n + 16);
                    out.append(nfc, 0, i);
                }
                out.append(replacement);
            } else if (out != null) {
                out.append(nfc, i, i + len);
            }
            i += len;
        }
        return out == null ? nfc : out.toString();
    }

    /** BMP characters with Emoji_Presentation=Yes (Unicode emoji-data): terminals draw them 2 wide. */
    static boolean isEmojiPresentation(int cp) {
        if (cp < 0x231A || cp > 0x2B55) return false;
        return in(cp, 0x231A, 0x231B) || in(cp, 0x23E9, 0x23EC) || cp == 0x23F0 || cp == 0x23F3
                || in(cp, 0x25FD, 0x25FE) || in(cp, 0x2614, 0x2615) || in(cp, 0x2648, 0x2653)
                || cp == 0x267F || cp == 0x2693 || cp == 0x26A1 || in(cp, 0x26AA, 0x26AB)
                || in(cp, 0x26BD, 0x26BE) || in(cp, 0x26C4, 0x26C5) || cp == 0x26CE || cp == 0x26D4
                || cp == 0x26EA || in(cp, 0x26F2, 0x26F3) || cp == 0x26F5 || cp == 0x26FA || cp == 0x26FD
                || cp == 0x2705 || in(cp, 0x270A, 0x270B) || cp == 0x2728 || cp == 0x274C || cp == 0x274E
                || in(cp, 0x2753, 0x2755) || cp == 0x2757 || in(cp, 0x2795, 0x2797) || cp == 0x27B0
                || cp == 0x27BF || in(cp, 0x2B1B, 0x2B1C) || cp == 0x2B50 || cp == 0x2B55;
    }

    /** BMP characters that have an emoji form selected by VS16 (approximation of Extended_Pictographic), and keycap bases. */
    static boolean hasEmojiForm(int cp) {
        return (cp >= '0' && cp <= '9') || cp == '#' || cp == '*'
                || cp == 0x00A9 || cp == 0x00AE || cp == 0x203C || cp == 0x2049 || cp == 0x2122 || cp == 0x2139
                || in(cp, 0x2194, 0x21AA) || in(cp, 0x231A, 0x23FF) || cp == 0x24C2 || in(cp, 0x25AA, 0x25FE)
                || in(cp, 0x2600, 0x27BF) || in(cp, 0x2934, 0x2935) || in(cp, 0x2B05, 0x2B55)
                || cp == 0x3030 || cp == 0x303D || cp == 0x3297 || cp == 0x3299;
    }

    /** East Asian Wide blocks that {@code TerminalTextUtils.isCharCJK} does not list. */
    static boolean isWideUnknownToLanterna(int cp) {
        return in(cp, 0x2FF0, 0x2FFF) || in(cp, 0x3100, 0x312F) || in(cp, 0x31A0, 0x31EF)
                || in(cp, 0xA000, 0xA4CF) || in(cp, 0xA960, 0xA97F);
    }

    /** Characters replaced by their NFKC compatibility form (see the class comment). */
    static boolean needsNfkc(int cp) {
        return in(cp, 0x2F00, 0x2FDF) || in(cp, 0x3190, 0x319F) || in(cp, 0x3300, 0x33FF)
                || in(cp, 0xFE10, 0xFE19) || in(cp, 0xFE50, 0xFE6F) || in(cp, 0xFFE0, 0xFFE6)
                || in(cp, 0x1D400, 0x1D7FF);
    }

    /** The NFKC form of {@code cp}, or null when it has none (unassigned code points in these blocks). */
    private static String nfkc(int cp) {
        String original = new String(Character.toChars(cp));
        String plain = Normalizer.normalize(original, Normalizer.Form.NFKC);
        return plain.equals(original) ? null : plain;
    }

    private static boolean in(int cp, int lo, int hi) {
        return cp >= lo && cp <= hi;
    }
}
