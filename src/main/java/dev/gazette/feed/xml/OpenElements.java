package dev.gazette.feed.xml;

import java.util.Arrays;
import javax.xml.stream.XMLStreamReader;

/**
 * The elements open around the parser's place, and what each has in force: its
 * {@code xml:base}, resolved against its parent's, whether the file set one there or around
 * it, and its namespaces (for a body read again from the file on its own).
 */
final class OpenElements {
    private String[] bases = new String[16];
    /** Whether an xml:base is in force in each open element (declared on it or around it). */
    private boolean[] declared = new boolean[16];
    /** The namespaces in force in each open element, as bases is for xml:base. */
    private NsScope[] scopes = new NsScope[16];
    private int depth;

    /** @param address the feed's own address, the base of relative links; null when unknown */
    OpenElements(String address) {
        bases[0] = address;
    }

    /**
     * An element has started.
     *
     * @param ownBase its xml:base as written, or null
     * @param in      the parser at its start tag, for its namespace declarations
     */
    void enter(String ownBase, XMLStreamReader in) {
        if (depth + 1 >= bases.length) {
            bases = Arrays.copyOf(bases, bases.length * 2);
            declared = Arrays.copyOf(declared, declared.length * 2);
            scopes = Arrays.copyOf(scopes, scopes.length * 2);
        }
        String parent = depth == 0 ? bases[0] : bases[depth - 1];
        scopes[depth] = (depth == 0 ? NsScope.NONE : scopes[depth - 1]).with(in);
        bases[depth] = ownBase == null ? parent : Links.resolve(parent, ownBase);
        declared[depth] = ownBase != null || depth > 0 && declared[depth - 1];
        depth++;
    }

    /** The current element has ended. */
    void exit() {
        depth--;
    }

    /** The base URI for links in the current element, or null when none is known. */
    String base() {
        return bases[depth - 1];
    }

    /** The xml:base in force in the current element, resolved; null when the file sets none. */
    String declaredBase() {
        return declared[depth - 1] ? bases[depth - 1] : null;
    }

    /** The namespaces in force around the current element: its parent's. */
    NsScope scopeAround() {
        return depth >= 2 ? scopes[depth - 2] : NsScope.NONE;
    }
}
