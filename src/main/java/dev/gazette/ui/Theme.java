package dev.gazette.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import dev.gazette.text.Style;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Colours, emphasis and glyphs. Everything that matters is also carried by an SGR attribute
 * (reverse, bold, underline), so Gazette stays usable on a monochrome terminal and with
 * {@code NO_COLOR} set, which drops the colours and keeps the emphasis.
 *
 * <p>Colours come in three depths: none ({@code NO_COLOR}); the basic eight, for terminals
 * that have no more (the Linux console, the VT100 family: {@code TERM=linux}, {@code vt100},
 * {@code vt220}, {@code ansi}), where the grey of secondary text (bright black, an
 * aixterm extension) is not used; and everything else, which gets that grey too. Each
 * {@link Look} carries the session's {@link Glyphs}, so the drawer draws the ASCII
 * stand-ins wherever a look is used.
 */
public final class Theme {

    /** How many colours the terminal has, as far as Gazette uses them. */
    public enum Colours { NONE, BASIC, FULL }

    /** How one kind of text looks. */
    public record Look(TextColor foreground, TextColor background, EnumSet<SGR> sgr, Glyphs glyphs) {
        public Look(TextColor foreground, TextColor background, EnumSet<SGR> sgr) {
            this(foreground, background, sgr, Glyphs.UNICODE);
        }
    }

    private final Colours colours;
    private final Glyphs glyphs;

    private Theme(Colours colours, Glyphs glyphs) {
        this.colours = colours;
        this.glyphs = glyphs;
    }

    /** The theme for {@code NO_COLOR}, {@code TERM} and the locale's charset. */
    public static Theme forEnvironment(Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        Colours c = noColor != null && !noColor.isEmpty() ? Colours.NONE
                : isBasicEight(env.get("TERM")) ? Colours.BASIC : Colours.FULL;
        return new Theme(c, Glyphs.forEnvironment(env));
    }

    public static Theme of(Colours colours, Glyphs glyphs) {
        return new Theme(colours, glyphs);
    }

    public static Theme monochrome() {
        return new Theme(Colours.NONE, Glyphs.UNICODE);
    }

    public Colours colours() {
        return colours;
    }

    public Glyphs glyphs() {
        return glyphs;
    }

    /** Terminals with the eight ANSI colours and no more. */
    static boolean isBasicEight(String term) {
        if (term == null) return false;
        String t = term.toLowerCase(Locale.ROOT);
        return t.equals("linux") || t.startsWith("linux-") || t.startsWith("vt1") || t.startsWith("vt2")
                || t.startsWith("vt3") || t.startsWith("vt4") || t.startsWith("vt5") || t.equals("ansi")
                || t.startsWith("cons25");
    }

    public Look normal() {
        return look(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT);
    }

    public Look bar() {
        return look(TextColor.ANSI.WHITE, TextColor.ANSI.BLUE, SGR.REVERSE);
    }

    public Look selected() {
        return look(TextColor.ANSI.BLACK, TextColor.ANSI.CYAN, SGR.REVERSE, SGR.BOLD);
    }

    public Look secondary() {
        return look(grey(), TextColor.ANSI.DEFAULT);
    }

    public Look status() {
        return look(TextColor.ANSI.YELLOW, TextColor.ANSI.DEFAULT, SGR.BOLD);
    }

    /** A search match in the article. */
    public Look match() {
        return look(TextColor.ANSI.BLACK, TextColor.ANSI.YELLOW, SGR.REVERSE);
    }

    /** The search match the view moved to. */
    public Look currentMatch() {
        return look(TextColor.ANSI.BLACK, TextColor.ANSI.GREEN, SGR.REVERSE, SGR.BOLD, SGR.UNDERLINE);
    }

    public Look input(boolean focused) {
        return focused ? look(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, SGR.UNDERLINE)
                : look(grey(), TextColor.ANSI.DEFAULT);
    }

    /** The look of a span of article text on the given base look. */
    public Look text(Set<Style> styles, Look base) {
        EnumSet<SGR> sgr = EnumSet.noneOf(SGR.class);
        sgr.addAll(base.sgr());
        TextColor fg = base.foreground();
        for (Style s : styles) {
            switch (s) {
                case BOLD, HEADING -> sgr.add(SGR.BOLD);
                case ITALIC -> sgr.add(SGR.ITALIC);
                case UNDERLINE -> sgr.add(SGR.UNDERLINE);
                case LINK -> fg = TextColor.ANSI.CYAN;
                case CODE -> fg = TextColor.ANSI.YELLOW;
                case QUOTE -> fg = TextColor.ANSI.GREEN;
                case DIM -> fg = grey();
            }
        }
        return colours != Colours.NONE ? new Look(fg, base.background(), sgr, glyphs)
                : new Look(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, sgr, glyphs);
    }

    /** Secondary text: grey where there is one; on the basic eight, the terminal's own colour. */
    private TextColor grey() {
        return colours == Colours.FULL ? TextColor.ANSI.BLACK_BRIGHT : TextColor.ANSI.DEFAULT;
    }

    private Look look(TextColor fg, TextColor bg, SGR... sgr) {
        boolean colour = colours != Colours.NONE;
        EnumSet<SGR> set = EnumSet.noneOf(SGR.class);
        for (SGR s : sgr) {
            // With colours the reverse attribute would swap them back; without, it is the highlight.
            if (s == SGR.REVERSE && colour) continue;
            set.add(s);
        }
        return colour ? new Look(fg, bg, set, glyphs) : new Look(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, set, glyphs);
    }
}
