package dev.gazette.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
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
 */
final class HtmlWalker implements NodeFilter {
    /** Table nesting beyond this is laid out as plain blocks (no recursion for hostile input). */
    private static final int MAX_TABLE_DEPTH = 3;

    private static final Set<String> DROPPED = Set.of(
            "script", "style", "template", "head", "title", "meta", "link", "base", "iframe", "frame",
            "frameset", "object", "embed", "applet", "param", "svg", "canvas", "input", "select",
            "textarea", "option", "optgroup", "datalist", "map", "area", "source", "track", "noembed",
            "noframes", "button", "dialog");
    private static final Set<String> PLAIN_BLOCKS = Set.of(
            "div", "section", "article", "header", "footer", "main", "aside", "nav", "address", "center",
            "form", "fieldset", "legend", "hgroup", "body", "html", "search", "tbody", "thead",
            "tfoot", "tr", "td", "th", "caption", "output");
    private static final String[] BULLETS = {"\u2022 ", "\u25E6 ", "\u25AA "};

    /** An open list: how its next item is numbered; {@code bulletDepth}: unordered lists around it. */
    private static final class ListState {
        final boolean ordered;
        final int bulletDepth;
        final String type;
        final int step;
        final int markerWidth;
        long next;

        ListState(boolean ordered, int bulletDepth, String type, long start, int step, int markerWidth) {
            this.ordered = ordered;
            this.bulletDepth = bulletDepth;
            this.type = type;
            this.next = start;
            this.step = step;
            this.markerWidth = markerWidth;
        }
    }

    /**
     * An open a element: where its content started (to know whether it showed anything) and
     * whether it leads somewhere worth listing (styled LINK, numbered when it closes).
     */
    private record OpenLink(Element element, long startedAt, boolean listed) {}

    private final BlockBuilder out;
    private final LinkCollector links;
    private final int tableDepth;
    private final int[] styleCount = new int[Style.values().length];
    private Set<Style> styles = Span.styleSet();
    private final Deque<ListState> lists = new ArrayDeque<>();
    private final Deque<OpenLink> openLinks = new ArrayDeque<>();
    private int preDepth;
    private StyledText pre;
    private final Map<String, Prefix> prefixes = new HashMap<>();

    HtmlWalker(BlockBuilder out, LinkCollector links, int tableDepth) {
        this.out = out;
        this.links = links;
        this.tableDepth = tableDepth;
    }

    /** Renders {@code root} and everything under it. */
    void walk(Node root) {
        NodeTraversor.filter(this, root);
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            String raw = t.getWholeText();
            if (preDepth > 0) pre.append(Sanitizer.cleanKeepTabs(raw), styles);
            else out.text(Sanitizer.cleanMultiline(raw), styles);
            return FilterResult.CONTINUE;
        }
        if (node instanceof Element e) return open(e);
        return FilterResult.SKIP_ENTIRELY;      // comments, script/style data, doctype
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e) close(e);
        return FilterResult.CONTINUE;
    }

    private FilterResult open(Element e) {
        String name = e.normalName();
        if (DROPPED.contains(name) || isHidden(e)) return FilterResult.SKIP_ENTIRELY;
        switch (name) {
            case "br" -> {
                if (preDepth > 0) pre.append('\n', styles);
                else out.lineBreak();
            }
            case "img" -> {
                image(e);
                return FilterResult.SKIP_ENTIRELY;
            }
            case "video", "audio" -> {
                media(e, name);
                return FilterResult.SKIP_ENTIRELY;
            }
            case "hr" -> {
                if (preDepth > 0) return FilterResult.SKIP_ENTIRELY;
                blockBoundary(true);
                out.rule();
                out.gap();
                return FilterResult.SKIP_ENTIRELY;
            }
            case "a" -> {
                if (isPermalinkMarker(e)) return FilterResult.SKIP_ENTIRELY;
                String href = e.hasAttr("href") ? links.absUrl(e, "href") : "";
                boolean listed = e.hasAttr("href") && LinkCollector.usable(href, e.attr("href")) != null
                        && !isSamePage(href, e.baseUri());
                openLinks.push(new OpenLink(e, out.emitted() + (pre == null ? 0 : pre.length()), listed));
                if (listed) push(Style.LINK);
            }
            case "pre", "xmp", "listing", "plaintext" -> startPre();
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                blockBoundary(true);
                push(Style.HEADING, Style.BOLD);
            }
            case "p" -> blockBoundary(true);
            case "blockquote" -> {
                blockBoundary(true);
                out.push(Prefix.of("\u2502 ", Style.QUOTE, Style.DIM), Prefix.of("\u2502 ", Style.QUOTE, Style.DIM), false);
                push(Style.QUOTE);
            }
            case "ul", "ol", "menu", "dir" -> startList(e, name.equals("ol"));
            case "li" -> startItem(e);
            case "dl", "figure", "details" -> blockBoundary(true);
            case "dt", "summary" -> {
                blockBoundary(false);
                push(Style.BOLD);
            }
            case "dd" -> {
                blockBoundary(false);
                out.push(Prefix.of("    "), Prefix.of("    "), false);
            }
            case "figcaption" -> {
                blockBoundary(false);
                push(Style.ITALIC, Style.DIM);
            }
            case "table" -> {
                return table(e);
            }
            case "em", "i", "cite", "var", "dfn" -> push(Style.ITALIC);
            case "strong", "b" -> push(Style.BOLD);
            case "u", "ins" -> push(Style.UNDERLINE);
            case "code", "kbd", "samp", "tt" -> push(Style.CODE);
            case "small", "s", "strike", "del" -> push(Style.DIM);
            case "q" -> literal("\u201C");
            case "sup" -> {
                if (isNumeric(shortText(e))) literal("^");
            }
            case "rt" -> {
                if (!hasRp(e)) literal("(");
            }
            default -> {
                if (PLAIN_BLOCKS.contains(name)) blockBoundary(false);
            }
        }
        return FilterResult.CONTINUE;
    }

    private void close(Element e) {
        String name = e.normalName();
        switch (name) {
            case "a" -> closeLink();
            case "pre", "xmp", "listing", "plaintext" -> endPre();
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                blockBoundary(true);
                pop(Style.HEADING, Style.BOLD);
            }
            case "p", "dl", "figure", "details" -> blockBoundary(true);
            case "blockquote" -> {
                blockBoundary(true);
                pop(Style.QUOTE);
                out.pop();
                out.gap();
            }
            case "ul", "ol", "menu", "dir" -> endList();
            case "li" -> {
                blockBoundary(false);
                if (preDepth == 0) out.pop();
            }
            case "dt", "summary" -> {
                blockBoundary(false);
                pop(Style.BOLD);
            }
            case "dd" -> {
                blockBoundary(false);
                out.pop();
            }
            case "figcaption" -> {
                blockBoundary(false);
                pop(Style.ITALIC, Style.DIM);
            }
            case "em", "i", "cite", "var", "dfn" -> pop(Style.ITALIC);
            case "strong", "b" -> pop(Style.BOLD);
            case "u", "ins" -> pop(Style.UNDERLINE);
            case "code", "kbd", "samp", "tt" -> pop(Style.CODE);
            case "small", "s", "strike", "del" -> pop(Style.DIM);
            case "q" -> literal("\u201D");
            case "rt" -> {
                if (!hasRp(e)) literal(")");
            }
            default -> {
                if (PLAIN_BLOCKS.contains(name)) blockBoundary(false);
            }
        }
    }

    /** Ends the running paragraph (inside pre: ends the line); {@code gap}: a blank line follows. */
    private void blockBoundary(boolean gap) {
        if (preDepth > 0) {
            if (pre.length() > 0 && pre.lastChar() != '\n') pre.append('\n', styles);
            return;
        }
        out.flush();
        if (gap) out.gap();
    }

    private void literal(String s) {
        if (preDepth > 0) pre.append(s, styles);
        else out.literal(s, styles);
    }

    // ---- styles

    private void push(Style... added) {
        for (Style s : added) styleCount[s.ordinal()]++;
        restyle();
    }

    private void pop(Style... removed) {
        for (Style s : removed) if (styleCount[s.ordinal()] > 0) styleCount[s.ordinal()]--;
        restyle();
    }

    private void restyle() {
        int mask = 0;
        for (int i = 0; i < styleCount.length; i++) if (styleCount[i] > 0) mask |= 1 << i;
        styles = Span.styleSetOfMask(mask);
    }

    // ---- links, images, media

    private void closeLink() {
        OpenLink open = openLinks.poll();
        if (open == null || !open.listed()) return;
        pop(Style.LINK);
        long now = out.emitted() + (pre == null ? 0 : pre.length());
        if (now == open.startedAt()) return;              // showed nothing: nothing to number
        Element a = open.element();
        int n = links.add(links.absUrl(a, "href"), a.attr("href"), a.text(), LinkCollector.Kind.LINK);
        if (n > 0 && preDepth == 0) out.literal("[" + n + "]", Span.styleSet(Style.DIM));
    }

    /** True for "https://site/post/#fn1" when the page is "https://site/post/". */
    static boolean isSamePage(String url, String base) {
        int hash = url.indexOf('#');
        if (hash < 0 || base == null || base.isEmpty()) return false;
        String page = url.substring(0, hash);
        int baseHash = base.indexOf('#');
        String basePage = baseHash < 0 ? base : base.substring(0, baseHash);
        return stripSlash(page).equals(stripSlash(basePage));
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private void image(Element img) {
        if (isTrackingPixel(img)) return;
        String alt = TextWidth.collapseSpaces(Sanitizer.clean(img.attr("alt")));
        if (alt.isEmpty()) alt = TextWidth.collapseSpaces(Sanitizer.clean(img.attr("title")));
        String attr = img.hasAttr("src") ? "src" : img.hasAttr("data-src") ? "data-src" : "srcset";
        String raw = img.attr(attr);
        String resolved = links.absUrl(img, attr);
        if (attr.equals("srcset")) {
            raw = firstSrcsetUrl(raw);
            resolved = raw.isEmpty() ? "" : LinkCollector.resolve(img.baseUri(), raw);
        }
        String label = alt.isEmpty() ? "image" : "image: " + alt;
        int n = links.add(resolved, raw, label, LinkCollector.Kind.IMAGE);
        String marker = "[" + label + "]" + (n > 0 ? "[" + n + "]" : "");
        if (preDepth > 0) pre.append(marker, styles);
        else out.literal(marker, Span.styleSet(Style.DIM));
    }

    private void media(Element e, String kind) {
        String raw = e.attr("src");
        String resolved = e.absUrl("src");
        if (raw.isBlank()) {
            for (Element source : e.children()) {
                if (source.normalName().equals("source") && !source.attr("src").isBlank()) {
                    raw = source.attr("src");
                    resolved = source.absUrl("src");
                    break;
                }
            }
        }
        String title = TextWidth.collapseSpaces(Sanitizer.clean(e.attr("title")));
        String label = title.isEmpty() ? kind : kind + ": " + title;
        int n = links.add(resolved, raw, label, LinkCollector.Kind.MEDIA);
        String marker = "[" + label + "]" + (n > 0 ? "[" + n + "]" : "");
        if (preDepth > 0) pre.append(marker, styles);
        else out.literal(marker, Span.styleSet(Style.DIM));
    }

    private static String firstSrcsetUrl(String srcset) {
        String s = srcset.strip();
        int end = 0;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != ',') end++;
        return s.substring(0, end);
    }

    /**
     * Web beacons, not pictures: 1x1 (or 0x0) images, and the counters feeds append to each
     * item (Matomo/Piwik "?idsite=", WordPress stats, FeedBurner "~r" pixels).
     */
    private static boolean isTrackingPixel(Element img) {
        if (dimension(img.attr("width")) <= 1 && dimension(img.attr("height")) <= 1) return true;
        String src = img.attr("src").toLowerCase(Locale.ROOT);
        return src.contains("idsite=") || src.contains("piwik.php") || src.contains("matomo.php")
                || src.contains("pixel.wp.com") || src.contains("stats.wordpress.com")
                || src.contains("feeds.feedburner.com/~r/") || src.contains("/~ff/");
    }

    private static int dimension(String v) {
        String s = v.strip().toLowerCase(Locale.ROOT);
        if (s.endsWith("px")) s = s.substring(0, s.length() - 2).strip();
        if (s.isEmpty() || s.length() > 6) return Integer.MAX_VALUE;
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException ex) {
            return Integer.MAX_VALUE;
        }
    }

    /**
     * Heading permalinks ("#", "¶", "§" linking to the heading's own fragment, as
     * markdown-it-anchor and 11ty's direct-link write them) are hover decoration in a browser.
     */
    private static boolean isPermalinkMarker(Element a) {
        if (a.attr("href").indexOf('#') < 0 || a.childNodeSize() != 1) return false;
        String t = a.text().strip();
        return t.equals("#") || t.equals("\u00B6") || t.equals("\u00A7") || t.equals("\uD83D\uDD17");
    }

    /** Hidden from everyone ({@code hidden}, display:none) or from assistive technology (aria-hidden), which a text view is. */
    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")) return true;
        String style = e.attr("style");
        if (style.isEmpty()) return false;
        String s = style.replace(" ", "").toLowerCase(Locale.ROOT);
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /** The text of a small element (one text node, or one element holding one); "" otherwise, cheaply. */
    private static String shortText(Element e) {
        Node only = e.childNodeSize() == 1 ? e.childNode(0) : null;
        if (only instanceof Element inner && inner.childNodeSize() == 1) only = inner.childNode(0);
        return only instanceof TextNode t ? t.text() : "";
    }

    private static boolean isNumeric(String s) {
        String t = s.strip();
        if (t.isEmpty() || t.length() > 6) return false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(Character.isDigit(c) || c == ',' || c == '-' || c == '+')) return false;
        }
        return true;
    }

    private static boolean hasRp(Element rt) {
        Element ruby = rt.parent();
        if (ruby == null) return false;
        for (Element sibling : ruby.children()) if (sibling.normalName().equals("rp")) return true;
        return false;
    }

    // ---- preformatted

    private void startPre() {
        if (preDepth == 0) {
            out.flush();
            out.gap();
            pre = new StyledText();
        }
        preDepth++;
        push(Style.CODE);
    }

    private void endPre() {
        pop(Style.CODE);
        if (preDepth == 0) return;
        preDepth--;
        if (preDepth == 0) {
            out.pre(pre);
            pre = null;
            out.gap();
        }
    }

    // ---- lists

    private void startList(Element e, boolean ordered) {
        if (preDepth > 0) {
            blockBoundary(false);
            return;
        }
        out.flush();
        if (lists.isEmpty()) out.gap();
        int items = 0;
        for (Element child : e.children()) if (child.normalName().equals("li")) items++;
        if (ordered) {
            boolean reversed = e.hasAttr("reversed");
            int step = reversed ? -1 : 1;
            long start = parseLong(e.attr("start"), reversed ? items : 1);
            String type = e.attr("type");
            long last = start + (long) step * Math.max(0, items - 1);
            int width = Math.max(number(start, type).length(), number(last, type).length()) + 2;
            lists.push(new ListState(true, unorderedAround(), type, start, step, width));
        } else {
            lists.push(new ListState(false, unorderedAround(), "", 0, 0, 2));
        }
    }

    /** How many unordered lists enclose the next one (picks its bullet); O(1) however deep. */
    private int unorderedAround() {
        ListState parent = lists.peek();
        return parent == null ? 0 : parent.bulletDepth + (parent.ordered ? 0 : 1);
    }

    private void endList() {
        if (preDepth > 0) {
            blockBoundary(false);
            return;
        }
        out.flush();
        lists.poll();
        if (lists.isEmpty()) out.gap();
    }

    private void startItem(Element li) {
        if (preDepth > 0) {
            blockBoundary(false);
            return;
        }
        ListState list = lists.peek();
        if (list == null) {                      // li outside any list
            list = new ListState(false, 0, "", 0, 0, 2);
        }
        String marker;
        if (list.ordered) {
            if (li.hasAttr("value")) list.next = parseLong(li.attr("value"), list.next);
            String label = number(list.next, list.type) + ".";
            marker = " ".repeat(Math.max(0, list.markerWidth - 1 - label.length())) + label + " ";
            list.next += list.step;
        } else {
            marker = BULLETS[Math.min(list.bulletDepth, BULLETS.length - 1)];
        }
        out.push(prefix(marker), prefix(" ".repeat(TextWidth.columns(marker))), true);
    }

    /** Unstyled prefixes (markers, indents) are few; each is made once per document. */
    private Prefix prefix(String text) {
        Prefix p = prefixes.get(text);
        if (p == null) {
            p = Prefix.of(text);
            if (prefixes.size() < 10_000) prefixes.put(text, p);
        }
        return p;
    }

    private static long parseLong(String s, long fallback) {
        try {
            long v = Long.parseLong(s.strip());
            return Math.max(-1_000_000_000L, Math.min(1_000_000_000L, v));
        } catch (NumberFormatException ex) {
            return fallback;
        }
    }

    /** An ordered-list number in the list's type: 1, a, A, i, I. */
    static String number(long n, String type) {
        if (n >= 1 && n <= 3999 && (type.equals("i") || type.equals("I"))) {
            String r = roman(n);
            return type.equals("i") ? r.toLowerCase(Locale.ROOT) : r;
        }
        if (n >= 1 && (type.equals("a") || type.equals("A"))) {
            StringBuilder sb = new StringBuilder();
            long k = n;
            while (k > 0) {
                k--;
                sb.append((char) ('a' + (k % 26)));
                k /= 26;
            }
            String s = sb.reverse().toString();
            return type.equals("A") ? s.toUpperCase(Locale.ROOT) : s;
        }
        return Long.toString(n);
    }

    private static String roman(long n) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] digits = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        long k = n;
        for (int i = 0; i < values.length; i++) {
            while (k >= values[i]) {
                sb.append(digits[i]);
                k -= values[i];
            }
        }
        return sb.toString();
    }

    // ---- tables

    private FilterResult table(Element table) {
        if (preDepth > 0) {
            blockBoundary(false);
            return FilterResult.CONTINUE;
        }
        List<Element> rowElements = new ArrayList<>();
        Element caption = null;
        for (Element child : table.children()) {
            String n = child.normalName();
            if (n.equals("tr")) rowElements.add(child);
            else if (n.equals("thead") || n.equals("tbody") || n.equals("tfoot")) {
                for (Element tr : child.children()) if (tr.normalName().equals("tr")) rowElements.add(tr);
            } else if (n.equals("caption") && caption == null) caption = child;
        }
        int maxCells = 0;
        for (Element tr : rowElements) {
            int cells = 0;
            for (Element c : tr.children()) if (isCell(c)) cells++;
            maxCells = Math.max(maxCells, cells);
        }
        if (maxCells <= 1 || tableDepth >= MAX_TABLE_DEPTH) {
            blockBoundary(true);                   // a layout table: its cells are just blocks
            return FilterResult.CONTINUE;
        }
        blockBoundary(true);
        if (caption != null) {
            StyledText text = cellText(caption);
            if (!text.isBlank()) {
                StyledText italic = new StyledText();
                for (Span s : text.spans(0, text.length())) italic.append(s.text(), Span.withStyle(s.styles(), Style.ITALIC));
                out.paragraph(italic);
            }
        }
        List<TableBlock.Row> rows = new ArrayList<>();
        for (Element tr : rowElements) {
            List<StyledText> cells = new ArrayList<>();
            boolean allTh = true;
            for (Element c : tr.children()) {
                if (!isCell(c)) continue;
                if (!c.normalName().equals("th")) allTh = false;
                StyledText text = cellText(c);
                if (c.normalName().equals("th")) {
                    StyledText bold = new StyledText();
                    for (Span s : text.spans(0, text.length())) bold.append(s.text(), Span.withStyle(s.styles(), Style.BOLD));
                    text = bold;
                }
                cells.add(text);
            }
            if (cells.isEmpty()) continue;
            boolean header = allTh || (tr.parent() != null && tr.parent().normalName().equals("thead"));
            rows.add(new TableBlock.Row(cells, header));
        }
        out.table(rows);
        out.gap();
        return FilterResult.SKIP_ENTIRELY;
    }

    private static boolean isCell(Element e) {
        String n = e.normalName();
        return n.equals("td") || n.equals("th");
    }

    /** A cell's content as one line of styled text; its links and images are numbered as usual. */
    private StyledText cellText(Element cell) {
        BlockBuilder inline = BlockBuilder.inlineOnly();
        HtmlWalker walker = new HtmlWalker(inline, links, tableDepth + 1);
        for (Node child : new ArrayList<>(cell.childNodes())) walker.walk(child);
        return inline.finishInline();
    }
}
