package dev.gazette.feed.xml;

import java.util.Locale;
import org.jsoup.nodes.Entities;

/**
 * The HTML entity names RSS feeds use though XML does not define them ({@code &nbsp;
 * &eacute; &mdash;}): what they stand for, as jsoup knows them, and how a warning names it.
 */
final class HtmlEntities {
    private HtmlEntities() { }

    /** The text entity {@code name} stands for in HTML; empty when HTML has no such name. */
    static String valueOf(String name) {
        return Entities.isNamedEntity(name) ? Entities.getByName(name) : "";
    }

    /** "U+00A0", "U+2013 U+0020": the code points of value, for a warning. */
    static String codePoints(String value) {
        StringBuilder sb = new StringBuilder();
        value.codePoints().forEach(cp -> sb.append(sb.length() == 0 ? "" : " ")
                .append(String.format(Locale.ROOT, "U+%04X", cp)));
        return sb.toString();
    }
}
