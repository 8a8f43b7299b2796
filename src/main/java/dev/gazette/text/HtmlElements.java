package dev.gazette.text;

import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Questions about one HTML element that decide how {@link HtmlWalker} shows it; no state. */
final class HtmlElements {
    private HtmlElements() { }

    /** Hidden from everyone ({@code hidden}, display:none) or from assistive technology (aria-hidden), which a text view is. */
    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")) return true;
        String style = e.attr("style");
        if (style.isEmpty()) return false;
        String s = style.replace(" ", "").toLowerCase(Locale.ROOT);
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /**
     * Heading permalinks ("#", "¶", "§" linking to the heading's own fragment, as
     * markdown-it-anchor and 11ty's direct-link write them) are hover decoration in a browser.
     */
    static boolean isPermalinkMarker(Element a) {
        if (a.attr("href").indexOf('#') < 0 || a.childNodeSize() != 1) return false;
        String t = a.text().strip();
        return t.equals("#") || t.equals("\u00B6") || t.equals("\u00A7") || t.equals("\uD83D\uDD17");
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

    /** A footnote reference: a sup holding a number ("3", "1,2", "+1"), shown as "^3". */
    static boolean isNumericSup(Element sup) {
        String t = shortText(sup).strip();
        if (t.isEmpty() || t.length() > 6) return false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(Character.isDigit(c) || c == ',' || c == '-' || c == '+')) return false;
        }
        return true;
    }

    /** The text of a small element (one text node, or one element holding one); "" otherwise, cheaply. */
    private static String shortText(Element e) {
        Node only = e.childNodeSize() == 1 ? e.childNode(0) : null;
        if (only instanceof Element inner && inner.childNodeSize() == 1) only = inner.childNode(0);
        return only instanceof TextNode t ? t.text() : "";
    }

    /** Whether an rt's ruby brings its own parentheses (rp) for readers without ruby support. */
    static boolean hasRp(Element rt) {
        Element ruby = rt.parent();
        if (ruby == null) return false;
        for (Element sibling : ruby.children()) if (sibling.normalName().equals("rp")) return true;
        return false;
    }
}
