package dev.gazette.text;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeFilter.FilterResult;

/**
 * The table behind {@link HtmlWalker}: for each element name, what opening it and closing it
 * do. Most rules are symmetric (a block boundary on both sides, a style pushed and popped),
 * so they are written once, as pairs; a name not in the table is shown as its content alone.
 */
final class TagRules {
    /** What happens when an element starts; the answer says whether to go into its children. */
    @FunctionalInterface
    interface Open {
        FilterResult open(HtmlWalker w, Element e);
    }

    /** What happens when an element ends; not called for one whose open skipped it entirely. */
    @FunctionalInterface
    interface Close {
        void close(HtmlWalker w, Element e);
    }

    /** One element's rule: its opening and its closing. */
    record TagRule(Open open, Close close) { }

    private static final Close NOTHING = (w, e) -> { };
    /** Content only (span, abbr, unknown elements). */
    static final TagRule CONTENT = new TagRule((w, e) -> FilterResult.CONTINUE, NOTHING);
    /** Not shown at all, content included: scripts, styles, embedded objects, forms. */
    private static final TagRule DROPPED = new TagRule((w, e) -> FilterResult.SKIP_ENTIRELY, NOTHING);
    private static final Prefix QUOTE_BAR = Prefix.of("\u2502 ", Style.QUOTE, Style.DIM);
    private static final Prefix DD_INDENT = Prefix.of("    ");

    private static final Map<String, TagRule> RULES = table();

    private TagRules() { }

    /** The rule for an element's normal (lower-case) name. */
    static TagRule of(String name) {
        return RULES.getOrDefault(name, CONTENT);
    }

    private static Map<String, TagRule> table() {
        Map<String, TagRule> t = new HashMap<>();
        put(t, DROPPED, "script", "style", "template", "head", "title", "meta", "link", "base", "frame",
                "frameset", "object", "embed", "applet", "param", "svg", "canvas", "input", "select",
                "textarea", "option", "optgroup", "datalist", "map", "area", "source", "track", "noembed",
                "noframes", "button", "dialog");

        // Blocks: a boundary when they open and when they close; some also style their text.
        put(t, block(false), "div", "section", "article", "header", "footer", "main", "aside", "nav", "address",
                "center", "form", "fieldset", "legend", "hgroup", "body", "html", "search", "tbody", "thead",
                "tfoot", "tr", "td", "th", "caption", "output");
        put(t, block(true), "p", "dl", "figure", "details");
        put(t, block(true, Style.HEADING, Style.BOLD), "h1", "h2", "h3", "h4", "h5", "h6");
        put(t, block(false, Style.BOLD), "dt", "summary");
        put(t, block(false, Style.ITALIC, Style.DIM), "figcaption");
        put(t, new TagRule(
                (w, e) -> {
                    w.blockBoundary(true);
                    w.indent(QUOTE_BAR, QUOTE_BAR);
                    w.push(Style.QUOTE);
                    return FilterResult.CONTINUE;
                },
                (w, e) -> {
                    w.blockBoundary(true);
                    w.pop(Style.QUOTE);
                    w.dedent();
                    w.gap();
                }), "blockquote");
        put(t, new TagRule(
                (w, e) -> {
                    w.blockBoundary(false);
                    w.indent(DD_INDENT, DD_INDENT);
                    return FilterResult.CONTINUE;
                },
                (w, e) -> {
                    w.blockBoundary(false);
                    w.dedent();
                }), "dd");
        put(t, new TagRule(
                (w, e) -> go(() -> w.startPre()),
                (w, e) -> w.endPre()), "pre", "xmp", "listing", "plaintext");
        put(t, new TagRule(
                (w, e) -> go(() -> w.startList(e, e.normalName().equals("ol"))),
                (w, e) -> w.endList()), "ul", "ol", "menu", "dir");
        put(t, new TagRule(
                (w, e) -> go(() -> w.startItem(e)),
                (w, e) -> w.endItem()), "li");
        put(t, new TagRule((w, e) -> w.table(e), NOTHING), "table");

        // Inline styles.
        put(t, inline(Style.ITALIC), "em", "i", "cite", "var", "dfn");
        put(t, inline(Style.BOLD), "strong", "b");
        put(t, inline(Style.UNDERLINE), "u", "ins");
        put(t, inline(Style.CODE), "code", "kbd", "samp", "tt");
        put(t, inline(Style.DIM), "small", "s", "strike", "del");
        put(t, new TagRule((w, e) -> w.openLink(e), (w, e) -> w.closeLink()), "a");

        // Inline text of Gazette's own.
        put(t, new TagRule(
                (w, e) -> go(() -> w.literal("\u201C")),
                (w, e) -> w.literal("\u201D")), "q");
        put(t, shifted("^"), "sup");
        TagRule lowered = shifted("_");
        put(t, new TagRule(
                (w, e) -> {
                    String digits = HtmlElements.subscriptDigits(e);
                    return digits == null ? lowered.open().open(w, e) : skip(() -> w.literal(digits));
                },
                lowered.close()), "sub");
        put(t, new TagRule(
                (w, e) -> go(() -> { if (!HtmlElements.hasRp(e)) w.literal("("); }),
                (w, e) -> { if (!HtmlElements.hasRp(e)) w.literal(")"); }), "rt");

        // Empty elements: something in their place, nothing inside.
        put(t, new TagRule((w, e) -> go(() -> w.lineBreak()), NOTHING), "br");
        put(t, new TagRule((w, e) -> w.horizontalRule(), NOTHING), "hr");
        put(t, new TagRule((w, e) -> skip(() -> {
            String emoji = EmbedMarkers.emoji(e);
            if (emoji != null) w.literal(emoji);
            else w.marker(EmbedMarkers.image(e, w.links()));
        }), NOTHING), "img");
        put(t, new TagRule((w, e) -> skip(() -> w.marker(EmbedMarkers.media(e, e.normalName(), w.links()))), NOTHING),
                "video", "audio");
        put(t, new TagRule((w, e) -> skip(() -> {
            String embedded = EmbedMarkers.frame(e, w.links());
            if (embedded != null) w.marker(embedded);
        }), NOTHING), "iframe");
        return Map.copyOf(t);
    }

    private static void put(Map<String, TagRule> table, TagRule rule, String... names) {
        for (String n : names) {
            if (table.put(n, rule) != null) throw new IllegalStateException("two rules for " + n);
        }
    }

    /** A block: a boundary (and a blank line when {@code gap}) on both sides, styled text between. */
    private static TagRule block(boolean gap, Style... styles) {
        return new TagRule(
                (w, e) -> {
                    w.blockBoundary(gap);
                    if (styles.length > 0) w.push(styles);
                    return FilterResult.CONTINUE;
                },
                (w, e) -> {
                    w.blockBoundary(gap);
                    if (styles.length > 0) w.pop(styles);
                });
    }

    private static TagRule inline(Style style) {
        return new TagRule((w, e) -> go(() -> w.push(style)), (w, e) -> w.pop(style));
    }

    /** A sup or sub: {@code mark} before it, and parentheses round it when it is more than one thing. */
    private static TagRule shifted(String mark) {
        return new TagRule(
                (w, e) -> go(() -> {
                    HtmlElements.Shift shift = HtmlElements.shift(e);
                    if (shift != HtmlElements.Shift.RUN_IN) w.literal(mark);
                    if (shift == HtmlElements.Shift.GROUPED) w.literal("(");
                }),
                (w, e) -> { if (HtmlElements.shift(e) == HtmlElements.Shift.GROUPED) w.literal(")"); });
    }

    private static FilterResult go(Runnable action) {
        action.run();
        return FilterResult.CONTINUE;
    }

    private static FilterResult skip(Runnable action) {
        action.run();
        return FilterResult.SKIP_ENTIRELY;
    }
}
