package dev.gazette.feed.xml;

import java.util.Set;
import java.util.function.UnaryOperator;
import javax.xml.stream.XMLStreamReader;

/**
 * Writes XML elements and text back out as HTML source: for Atom's XHTML content and for
 * the raw tags some RSS feeds leave unescaped in a description. Prefixes are dropped
 * ({@code xhtml:p} is {@code p}); void elements get no end tag.
 */
final class HtmlOut {
    private static final Set<String> VOID = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");

    private HtmlOut() { }

    /** @param values turns an attribute's value as parsed into the value written */
    static void startTag(TextOut out, XMLStreamReader in, UnaryOperator<String> values) {
        StringBuilder sb = new StringBuilder(64);
        sb.append('<').append(in.getLocalName());
        for (int i = 0, n = in.getAttributeCount(); i < n; i++) {
            String prefix = in.getAttributePrefix(i);
            if (prefix != null && !prefix.isEmpty()) continue; // xml:base, xml:lang, foreign attributes
            sb.append(' ').append(in.getAttributeLocalName(i)).append("=\"");
            escape(sb, values.apply(in.getAttributeValue(i)));
            sb.append('"');
        }
        out.append(sb.append('>').toString());
    }

    static void endTag(TextOut out, String localName) {
        if (!VOID.contains(localName)) out.append("</" + localName + ">");
    }

    /** The HTML escape of c, or null when it needs none. */
    static String escapeOf(char c) {
        switch (c) {
            case '&': return "&amp;";
            case '<': return "&lt;";
            case '>': return "&gt;";
            case '"': return "&quot;";
            default: return null;
        }
    }

    static void escape(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) escape(sb, s.charAt(i));
    }

    static void escape(StringBuilder sb, char[] chars, int start, int length) {
        for (int i = start, end = start + length; i < end; i++) escape(sb, chars[i]);
    }

    private static void escape(StringBuilder sb, char c) {
        String escape = escapeOf(c);
        if (escape == null) sb.append(c);
        else sb.append(escape);
    }

    /** Escapes a whole string into a new one, for the small bits of HTML the readers write. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        escape(sb, s);
        return sb.toString();
    }
}
