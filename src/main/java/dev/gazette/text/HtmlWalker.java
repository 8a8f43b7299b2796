package dev.gazette.text;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Walks a jsoup tree (iteratively, so hostile nesting cannot overflow the stack) and tells a
 * {@link BlockBuilder} what a careful text browser would show: blocks with their spacing,
 * styles for inline markup, list markers, quote bars, link and image markers numbered by a
 * {@link LinkCollector}. Scripts, styles, comments, frames, embeds, forms and hidden elements
 * are dropped.
 *
 * <p>What each element does is in {@link TagRules}; this class holds the state the rules
 * share (the styles in force, preformatted text, open links) and the operations they use.
 * Lists are {@link ListLayout}'s, tables {@link TableLayout}'s.
 */
final class HtmlWalker implements NodeFilter {
    /**
     * An open a element: where its content started (to know whether it showed anything) and
     * whether it leads somewhere worth listing (styled LINK, numbered when it closes).
     */
    private record OpenLink(Element element, long startedAt, boolean listed) {}

    private final BlockBuilder out;
    private final LinkCollector links;
    private final int tableDepth;
    private final ListLayout lists;
    private final int[] styleCount = new int[Style.values().length];
    private Set<Style> styles = Span.styleSet();
    private final Deque<OpenLink> openLinks = new ArrayDeque<>();
    private int preDepth;
    private StyledText pre;

    HtmlWalker(BlockBuilder out, LinkCollector links, int tableDepth) {
        this.out = out;
        this.links = links;
        this.tableDepth = tableDepth;
        this.lists = new ListLayout(out);
    }

    /** Renders {@code root} and everything under it. */
    void walk(Node root) {
        NodeTraversor.filter(this, root);
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            String raw = t.getWholeText();
            if (inPre()) pre.append(Sanitizer.cleanKeepTabs(raw), styles);
            else out.text(Sanitizer.cleanMultiline(raw), styles);
            return FilterResult.CONTINUE;
        }
        if (node instanceof Element e) {
            if (HtmlElements.isHidden(e)) return FilterResult.SKIP_ENTIRELY;
            return TagRules.of(e.normalName()).open().open(this, e);
        }
        return FilterResult.SKIP_ENTIRELY;      // comments, script/style data, doctype
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e) TagRules.of(e.normalName()).close().close(this, e);
        return FilterResult.CONTINUE;
    }

    // ---- what the rules use: blocks and text

    LinkCollector links() {
        return links;
    }

    boolean inPre() {
        return preDepth > 0;
    }

    /** Ends the running paragraph (inside pre: ends the line); {@code gap}: a blank line follows. */
    void blockBoundary(boolean gap) {
        if (inPre()) {
            if (pre.length() > 0 && pre.lastChar() != '\n') pre.append('\n', styles);
            return;
        }
        out.flush();
        if (gap) out.gap();
    }

    void gap() {
        out.gap();
    }

    /** Nested block content: {@code first} before its first line, {@code rest} before the others. */
    void indent(Prefix first, Prefix rest) {
        out.push(first, rest, false);
    }

    void dedent() {
        out.pop();
    }

    void lineBreak() {
        if (inPre()) pre.append('\n', styles);
        else out.lineBreak();
    }

    /** Text of Gazette's own (quotation marks, a footnote caret) in the styles in force. */
    void literal(String s) {
        if (inPre()) pre.append(s, styles);
        else out.literal(s, styles);
    }

    /** An image or media marker, dimmed; null shows nothing. */
    void marker(String marker) {
        if (marker == null) return;
        if (inPre()) pre.append(marker, styles);
        else out.literal(marker, Span.styleSet(Style.DIM));
    }

    FilterResult horizontalRule() {
        if (inPre()) return FilterResult.SKIP_ENTIRELY;
        blockBoundary(true);
        out.rule();
        out.gap();
        return FilterResult.SKIP_ENTIRELY;
    }

    // ---- styles

    void push(Style... added) {
        for (Style s : added) styleCount[s.ordinal()]++;
        restyle();
    }

    void pop(Style... removed) {
        for (Style s : removed) if (styleCount[s.ordinal()] > 0) styleCount[s.ordinal()]--;
        restyle();
    }

    private void restyle() {
        int mask = 0;
        for (int i = 0; i < styleCount.length; i++) if (styleCount[i] > 0) mask |= 1 << i;
        styles = Span.styleSetOfMask(mask);
    }

    // ---- links

    FilterResult openLink(Element a) {
        if (HtmlElements.isPermalinkMarker(a)) return FilterResult.SKIP_ENTIRELY;
        String href = a.hasAttr("href") ? links.absUrl(a, "href") : "";
        boolean listed = a.hasAttr("href") && LinkCollector.usable(href, a.attr("href")) != null
                && !HtmlElements.isSamePage(href, a.baseUri());
        openLinks.push(new OpenLink(a, shown(), listed));
        if (listed) push(Style.LINK);
        return FilterResult.CONTINUE;
    }

    void closeLink() {
        OpenLink open = openLinks.poll();
        if (open == null || !open.listed()) return;
        pop(Style.LINK);
        if (shown() == open.startedAt()) return;              // showed nothing: nothing to number
        Element a = open.element();
        int n = links.add(links.absUrl(a, "href"), a.attr("href"), a.text(), LinkCollector.Kind.LINK);
        if (n > 0 && !inPre()) out.attached("[" + n + "]", Span.styleSet(Style.DIM));
    }

    /** How much content has been shown so far, to tell whether an element showed any. */
    private long shown() {
        return out.emitted() + (pre == null ? 0 : pre.length());
    }

    // ---- preformatted

    void startPre() {
        if (preDepth == 0) {
            out.flush();
            out.gap();
            pre = new StyledText();
        }
        preDepth++;
        push(Style.CODE);
    }

    void endPre() {
        pop(Style.CODE);
        if (preDepth == 0) return;
        preDepth--;
        if (preDepth == 0) {
            out.pre(pre);
            pre = null;
            out.gap();
        }
    }

    // ---- lists and tables: inside pre, only their line structure shows

    void startList(Element e, boolean ordered) {
        if (inPre()) blockBoundary(false);
        else lists.start(e, ordered);
    }

    void endList() {
        if (inPre()) blockBoundary(false);
        else lists.end();
    }

    void startItem(Element li) {
        if (inPre()) blockBoundary(false);
        else lists.item(li);
    }

    void endItem() {
        blockBoundary(false);
        if (!inPre()) out.pop();
    }

    FilterResult table(Element table) {
        if (inPre()) {
            blockBoundary(false);
            return FilterResult.CONTINUE;
        }
        return TableLayout.lay(table, out, links, tableDepth);
    }
}
