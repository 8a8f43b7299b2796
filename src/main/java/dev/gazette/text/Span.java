package dev.gazette.text;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A run of text in one set of styles. The text is always clean and single-line: anything
 * else given to the constructor is passed through {@link Sanitizer#clean}, so no control
 * character can reach the screen through a span. Styles are an immutable set.
 */
public record Span(String text, Set<Style> styles) {
    private static final Set<Style>[] CANONICAL = canonicalSets();

    public Span {
        if (text == null) text = "";
        else text = Sanitizer.clean(text);      // the same String back when it is clean already
        styles = canonical(styles);
    }

    public Span(String text, Style... styles) {
        this(text, styleSet(styles));
    }

    /** The shared immutable set with the same members (one per combination of styles). */
    static Set<Style> canonical(Set<Style> styles) {
        if (styles == null || styles.isEmpty()) return CANONICAL[0];
        int mask = 0;
        for (Style s : styles) mask |= 1 << s.ordinal();
        return CANONICAL[mask];
    }

    static Set<Style> styleSet(Style... styles) {
        int mask = 0;
        for (Style s : styles) mask |= 1 << s.ordinal();
        return CANONICAL[mask];
    }

    static Set<Style> styleSetOfMask(int mask) {
        return CANONICAL[mask];
    }

    static Set<Style> withStyle(Set<Style> styles, Style extra) {
        int mask = 1 << extra.ordinal();
        for (Style s : styles) mask |= 1 << s.ordinal();
        return CANONICAL[mask];
    }

    @SuppressWarnings("unchecked")
    private static Set<Style>[] canonicalSets() {
        Style[] all = Style.values();
        Set<Style>[] sets = new Set[1 << all.length];
        for (int mask = 0; mask < sets.length; mask++) {
            EnumSet<Style> set = EnumSet.noneOf(Style.class);
            for (Style s : all) if ((mask & (1 << s.ordinal())) != 0) set.add(s);
            sets[mask] = Collections.unmodifiableSet(set);
        }
        return sets;
    }
}
