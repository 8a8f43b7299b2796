package dev.gazette.feed.xml;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamReader;

/**
 * The namespace declarations in force at an element, so that the element can be parsed
 * again on its own, from its place in the file, inside a wrapper that declares them all
 * ({@link XmlBodyInFile}). Immutable and shared: an element that declares nothing has its
 * parent's scope, so a whole feed usually has one or two.
 */
final class NsScope {
    static final NsScope NONE = new NsScope(new String[0]);

    /** Prefix ("" for the default namespace) and URI, in turn; a later one overrides an earlier one. */
    private final String[] declarations;
    private String wrapper;

    private NsScope(String[] declarations) {
        this.declarations = declarations;
    }

    /** This scope with the declarations of the start element in is at added; this when it has none. */
    NsScope with(XMLStreamReader in) {
        int n = in.getNamespaceCount();
        if (n == 0) return this;
        String[] more = Arrays.copyOf(declarations, declarations.length + 2 * n);
        for (int i = 0; i < n; i++) {
            String prefix = in.getNamespacePrefix(i);
            String uri = in.getNamespaceURI(i);
            more[declarations.length + 2 * i] = prefix == null ? "" : prefix;
            more[declarations.length + 2 * i + 1] = uri == null ? "" : uri;
        }
        return new NsScope(more);
    }

    /** A start tag that declares every namespace of this scope: {@code <gazette-wrapper xmlns:dc="...">}. */
    synchronized String wrapperStartTag() {
        if (wrapper == null) {
            Map<String, String> byPrefix = new LinkedHashMap<>();
            for (int i = 0; i < declarations.length; i += 2) byPrefix.put(declarations[i], declarations[i + 1]);
            byPrefix.remove("xml");   // bound by XML itself; may not be declared
            StringBuilder sb = new StringBuilder("<gazette-wrapper");
            byPrefix.forEach((prefix, uri) -> sb.append(' ').append(prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix)
                    .append("=\"").append(HtmlOut.escape(uri)).append('"'));
            wrapper = sb.append('>').toString();
        }
        return wrapper;
    }
}
