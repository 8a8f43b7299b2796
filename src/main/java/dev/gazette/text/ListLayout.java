package dev.gazette.text;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Lists for {@link HtmlWalker}: the open lists, how each numbers its items (start, reversed,
 * value, type 1/a/A/i/I) and which bullet a depth of unordered lists gets; each item becomes
 * a hanging indent in the {@link BlockBuilder}.
 */
final class ListLayout {
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

    private final BlockBuilder out;
    private final Deque<ListState> lists = new ArrayDeque<>();
    private final Map<String, Prefix> prefixes = new HashMap<>();

    ListLayout(BlockBuilder out) {
        this.out = out;
    }

    /** Opens a ul/ol/menu/dir; the outermost list is set apart by a blank line. */
    void start(Element e, boolean ordered) {
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

    void end() {
        out.flush();
        lists.poll();
        if (lists.isEmpty()) out.gap();
    }

    /** Opens an li: its marker on the first line, the marker's width of indent on the others. */
    void item(Element li) {
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
}
