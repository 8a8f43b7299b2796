package dev.gazette.feed.xml;

import dev.gazette.feed.TitleMarkup;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * Titles (and other one-line fields) as plain text. A title that carries HTML (tags, or
 * entities escaped twice: {@code &amp;#8217;}) is read with jsoup and shown as its text,
 * never with its tags; jsoup runs only when the title looks like it needs it, because most
 * do not and a big feed has a hundred thousand of them.
 */
final class Titles {
    private Titles() { }

    /**
     * The text as one line: runs of XML whitespace (space, tab, line breaks: the layout of the
     * file) become one space, the ends are trimmed; null when blank. Other spaces are the
     * title's own (a no-break space before a short word, an ideographic space) and stay.
     */
    static String plain(String raw) {
        if (raw == null) return null;
        if (isTidy(raw)) return raw;
        StringBuilder sb = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isXmlSpace(c)) {
                space = sb.length() > 0;
            } else {
                if (space) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** A title that may hold HTML, as plain text on one line; null when blank. */
    static String fromHtml(String raw) {
        if (raw == null) return null;
        if (TitleMarkup.isHtml(raw)) return plain(Jsoup.parseBodyFragment(raw).text());
        if (hasEntity(raw)) return plain(Parser.unescapeEntities(raw, false));
        return plain(raw);
    }

    /** No whitespace but single spaces inside, none at the ends, not empty. */
    private static boolean isTidy(String s) {
        int n = s.length();
        if (n == 0) return false;
        char previous = ' ';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ' ? previous == ' ' : c < ' ') {
                return false;
            }
            previous = c;
        }
        return previous != ' ';
    }

    private static boolean isXmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }


    /** An '&' followed by a name or number and ';'. */
    private static boolean hasEntity(String s) {
        for (int i = s.indexOf('&'); i >= 0; i = s.indexOf('&', i + 1)) {
            int j = i + 1;
            while (j < s.length() && j - i <= 32 && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '#')) j++;
            if (j > i + 1 && j < s.length() && s.charAt(j) == ';') return true;
        }
        return false;
    }
}
