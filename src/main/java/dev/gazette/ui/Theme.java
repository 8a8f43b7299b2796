package dev.gazette.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import dev.gazette.text.Style;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Colours and emphasis. Everything that matters is also carried by an SGR attribute
 * (reverse, bold, underline), so Gazette stays usable on a monochrome terminal and with
 * {@code NO_COLOR} set, which drops the colours and keeps the emphasis.
 */
public final class Theme {

    /** How one kind of text looks. */
    public record Look(TextColor foreground, TextColor background, EnumSet<SGR> sgr) {}

    private final boolean colour;

    private Theme(boolean colour) {
        this.colour = colour;
    }

    public static Theme forEnvironment(Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        return new Theme(noColor == null || noColor.isEmpty());
    }

    public static Theme monochrome() {
        return new Theme(false);
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
        return look(TextColor.ANSI.BLACK_BRIGHT, TextColor.ANSI.DEFAULT);
    }

    public Look status() {
        return look(TextColor.ANSI.YELLOW, TextColor.ANSI.DEFAULT, SGR.BOLD);
    }

    public Look input(boolean focused) {
        return focused ? look(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, SGR.UNDERLINE)
                : look(TextColor.ANSI.BLACK_BRIGHT, TextColor.ANSI.DEFAULT);
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
                case DIM -> fg = TextColor.ANSI.BLACK_BRIGHT;
            }
        }
        return colour ? new Look(fg, base.background(), sgr)
                : new Look(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, sgr);
    }

    private Look look(TextColor fg, TextColor bg, SGR... sgr) {
        EnumSet<SGR> set = EnumSet.noneOf(SGR.class);
        for (SGR s : sgr) {
            // With colours the reverse attribute would swap them back; without, it is the highlight.
            if (s == SGR.REVERSE && colour) continue;
            set.add(s);
        }
        return colour ? new Look(fg, bg, set) : new Look(TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, set);
    }
}
