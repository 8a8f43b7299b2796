package dev.gazette.text;

import java.util.Locale;
import java.util.Set;
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

    /** How a raised or lowered element (sup, sub) is marked in plain text. */
    enum Shift {
        /** Run into the text: an ordinal ("1st", "2e"), a trademark, a footnote symbol ("†"). */
        RUN_IN,
        /** One mark before it: "^3", "^-3", "^1,2" (footnotes, powers), "^n", "_i". */
        MARK,
        /** A mark and parentheses, so that what is raised stays apart: "^(2n)", "^(2^n)", "^(iπ)". */
        GROUPED
    }

    /** Ordinal endings and marks that read the same run into the text as raised. */
    private static final Set<String> RUN_IN_WORDS = Set.of("st", "nd", "rd", "th", "er", "re",
            "e", "ème", "eme", "o", "a", "º", "ª", "tm", "sm", "®", "©", "™", "℠");

    /**
     * How a sup or sub shows: without raised text, "2<sup>n</sup>−1" would read "2n−1" and
     * "O(2<sup>2<sup>n</sup></sup>)" "O(22n)", which are other numbers. Ordinals and symbols stay
     * run in, as they read the same either way.
     */
    static Shift shift(Element e) {
        String t = e.text().strip();
        if (t.isEmpty()) return Shift.RUN_IN;
        int first = t.codePointAt(0);
        boolean one = t.length() == Character.charCount(first);
        if (one && !Character.isLetterOrDigit(first)) return Shift.RUN_IN;   // †, *, §
        if (RUN_IN_WORDS.contains(t.toLowerCase(Locale.ROOT)) && (!one || afterDigit(e))) return Shift.RUN_IN;
        if (one || isNumber(t)) return Shift.MARK;
        char open = t.charAt(0);
        char close = t.charAt(t.length() - 1);
        boolean bracketed = (open == '(' && close == ')') || (open == '[' && close == ']');
        return bracketed ? Shift.MARK : Shift.GROUPED;
    }

    /** "3", "10", "-3", "+1", "1,2": a number or a list of footnote numbers. */
    private static boolean isNumber(String t) {
        boolean digit = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isDigit(c)) digit = true;
            else if (!(c == ',' || c == '-' || c == '+' || c == '\u2212')) return false;
        }
        return digit;
    }

    /** "1<sup>e</sup>" (a French ordinal), not "x<sup>e</sup>". */
    private static boolean afterDigit(Element e) {
        Node before = e.previousSibling();
        if (!(before instanceof TextNode text)) return false;
        String s = text.text();
        return !s.isEmpty() && Character.isDigit(s.charAt(s.length() - 1));
    }

    /** "₂₀" for a sub holding only digits (H₂O, 00₂, X₁), which terminals show as they are; else null. */
    static String subscriptDigits(Element sub) {
        String t = shortText(sub).strip();
        if (t.isEmpty() || t.length() > 8) return null;
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') return null;
            out.append((char) ('\u2080' + (c - '0')));
        }
        return out.toString();
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
