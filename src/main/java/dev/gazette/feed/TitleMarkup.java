package dev.gazette.feed;

/**
 * Whether a title holds HTML. Feeds of every format put HTML in titles now and then
 * ("&lt;b&gt;Breaking&lt;/b&gt;"), and titles about code put angle brackets in their words; the
 * loaders (RSS, Atom) and the headline list (every format) tell the two apart the same way.
 */
public final class TitleMarkup {
    private TitleMarkup() { }

    /**
     * Whether the title is written in HTML: it has an end tag ("&lt;/b&gt;"), a comment, or a
     * line break or picture (the tags a title uses that have no end). A start tag alone
     * does not count: "Optional&lt;T&gt;", "Map&lt;K, V&gt;" and "the &lt;video&gt; element" are
     * titles about code, whose words would be lost as unknown tags.
     */
    public static boolean isHtml(String s) {
        for (int i = s.indexOf('<'); i >= 0 && i + 2 < s.length(); i = s.indexOf('<', i + 1)) {
            char c = s.charAt(i + 1);
            if (c == '/' && isLetter(s.charAt(i + 2))) return true;
            if (s.startsWith("!--", i + 1)) return true;
            if (isVoidTag(s, i + 1, "br") || isVoidTag(s, i + 1, "img") || isVoidTag(s, i + 1, "wbr")) return true;
        }
        return false;
    }

    /** "br" at from, in any case, followed by the end of the tag or an attribute. */
    private static boolean isVoidTag(String s, int from, String name) {
        int end = from + name.length();
        if (end >= s.length() || !s.regionMatches(true, from, name, 0, name.length())) return false;
        char next = s.charAt(end);
        return next == '>' || next == '/' || next == ' ' || next == '\t' || next == '\n';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
