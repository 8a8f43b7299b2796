package dev.gazette.feed.xml;

import dev.gazette.feed.FeedFormatException;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Walks a feed's elements one level at a time over a StAX reader, so that the RSS and
 * Atom readers are plain loops ({@code while (xml.nextChild()) switch (xml.name()) ...}):
 * every element they are shown is either read whole ({@link #text}, {@link #body}) or
 * skipped ({@link #skip}). Keeps the {@code xml:base} of each open element, translates
 * positions back to the file ({@link XmlInput.Opened}), and recovers the HTML entities XML
 * does not define, with a warning; any other undefined entity stops the load.
 */
final class XmlCursor {
    /** Most characters kept of a short field (title, link, id, name, date). */
    static final int SHORT_LIMIT = dev.gazette.feed.FieldLimits.SHORT;
    /** Most characters kept of one body. */
    static final int BODY_LIMIT = dev.gazette.feed.FieldLimits.BODY;

    /** Where warnings go: the feed being built knows which item they belong to. */
    interface Warnings {
        void warn(int line, int column, String message);
    }

    private final XMLStreamReader2 in;
    private final LimitedWriter sink = new LimitedWriter();
    private final XmlInput.Opened input;
    private final Warnings warnings;
    private final TextOut.Chars chars = new TextOut.Chars();
    private final BodyText bodyText = new BodyText();
    private final OpenElements open;
    private boolean cut;
    private boolean internalSubset;
    private final AttributeValues attributes;

    /** @param base the feed's own address, the base of relative links; null when unknown */
    XmlCursor(XMLStreamReader2 in, XmlInput.Opened input, String base, Warnings warnings) {
        this.in = in;
        this.input = input;
        this.warnings = warnings;
        this.open = new OpenElements(base);
        this.attributes = new AttributeValues(input.repairs() != null, warnings, this::position);
        if (input.repairs() != null) sink.restoreAmpersands();
    }

    /** Moves to the root element; an empty document is an error. */
    void toRoot() throws XMLStreamException, FeedFormatException {
        while (in.hasNext()) {
            int event = in.next();
            if (event == XMLStreamConstants.DTD) {
                String subset = in.getText();
                internalSubset = subset != null && subset.contains("<!");
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                enter();
                return;
            }
        }
        throw new FeedFormatException("XML with no root element");
    }

    /** The current element's local name (interned by the parser). */
    String name() {
        return in.getLocalName();
    }

    /** The current element's namespace. */
    Ns ns() {
        return Ns.of(in.getNamespaceURI());
    }

    /** The current element as written, prefix included: "rdf:RDF". */
    String qualifiedName() {
        String prefix = in.getPrefix();
        return prefix == null || prefix.isEmpty() ? in.getLocalName() : prefix + ":" + in.getLocalName();
    }

    /** An attribute of the current start element, in no namespace, as {@link AttributeValues} keeps it; null when absent. */
    String attribute(String localName) {
        return attributes.recovered(in.getAttributeValue(null, localName));
    }

    /** An attribute in the given namespace; null when absent. */
    String attribute(String namespaceUri, String localName) {
        return attributes.recovered(in.getAttributeValue(namespaceUri, localName));
    }

    /** The base URI for links in the current element, or null when none is known. */
    String base() {
        return open.base();
    }

    /**
     * The base the file itself sets for the current element with xml:base (on it or an
     * element around it), resolved; null when no xml:base is in force. A body's relative
     * links are resolved against it when there is one (RFC 4287, section 2), else against
     * the article's link.
     */
    String declaredBase() {
        return open.declaredBase();
    }

    /**
     * Where the current event starts in the file (a start element: its tag), as an
     * {@link XmlPosition}. Every field read asks
     * for it, so that a warning about the field can name it: one location object from the
     * parser each time, where asking for the line and then the column made three, and those
     * were two fifths of all the memory an RSS load allocated.
     */
    long position() {
        Location at = in.getLocation();
        int line = at.getLineNumber();
        return XmlPosition.of(input.line(line), input.column(line, at.getColumnNumber()));
    }

    /**
     * Skips the current element (just entered), a body, and returns where to read it again
     * from the file; null, skipping nothing, when the text cannot be found again.
     *
     * @param tags   and escape: as {@link #body} is to read it then
     */
    XmlBodyInFile skipInFile(boolean tags, boolean escape) throws XMLStreamException, FeedFormatException {
        if (input.fileText() == null) return null;
        long at = input.charsSkipped() + in.getLocationInfo().getStartingCharOffset();
        NsScope scope = open.scopeAround();
        String name = in.getLocalName();
        skip();
        return new XmlBodyInFile(input.fileText(), at, name, scope, tags, escape);
    }

    /** Whether the last {@link #text} or {@link #body} had to cut its value. */
    boolean wasCut() {
        return cut;
    }

    /**
     * Moves to the next child element of the current one and returns true; or consumes the
     * current element's end tag and returns false. Text between children is passed over.
     */
    boolean nextChild() throws XMLStreamException, FeedFormatException {
        attributes.warnAboutEntered();
        while (true) {
            int event = in.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT:
                    enter();
                    return true;
                case XMLStreamConstants.END_ELEMENT:
                    open.exit();
                    return false;
                case XMLStreamConstants.ENTITY_REFERENCE:
                    entity();
                    break;
                case XMLStreamConstants.END_DOCUMENT:
                    return false;
                default:
                    break;
            }
        }
    }

    /** Skips the current element (just entered) and everything in it. */
    void skip() throws XMLStreamException, FeedFormatException {
        attributes.warnAboutEntered();
        int nested = 0;
        while (true) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                nested++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (nested-- == 0) break;
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                entity(); // an undefined one is an error wherever it is
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                return;
            }
        }
        open.exit();
    }

    /**
     * The text of the current element, through its end tag: entities and CDATA resolved,
     * the text of child elements included, their tags dropped. Null when empty.
     */
    String text(int limit) throws XMLStreamException, FeedFormatException {
        chars.sb.setLength(0);
        read(chars, limit, false, false);
        return chars.sb.length() == 0 ? null : chars.sb.toString();
    }

    /**
     * A body: the content of the current element as characters, through its end tag; null when
     * empty or blank.
     *
     * @param tags   true to write child elements back as HTML tags (XHTML content, or the
     *               unescaped tags some RSS feeds put in a description); false to keep only
     *               their text
     * @param escape true when the text is text (XHTML, a plain-text body written as HTML),
     *               false when it is HTML source already (RSS description, Atom type="html")
     */
    CharSequence body(int limit, boolean tags, boolean escape) throws XMLStreamException, FeedFormatException {
        bodyText.reset();
        read(bodyText, limit, tags, escape);
        return bodyText.toCharsOrNull();
    }

    private void read(TextOut out, int limit, boolean tags, boolean escape)
            throws XMLStreamException, FeedFormatException {
        attributes.warnAboutEntered();
        cut = false;
        int nested = 0;
        while (true) {
            int event = in.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS:
                case XMLStreamConstants.CDATA:
                case XMLStreamConstants.SPACE:
                    // Streamed to the writer piece by piece: asking for the text as a whole would
                    // make the parser hold a 100 MB text node in memory at once.
                    sink.reset(out, limit, escape);
                    try {
                        in.getText(sink, false);
                    } catch (IOException cannotHappen) {
                        throw new XMLStreamException(cannotHappen);
                    }
                    if (sink.cut()) cut = true;
                    break;
                case XMLStreamConstants.ENTITY_REFERENCE: {
                    String value = entity();
                    if (out.length() + value.length() > limit) cut = true;
                    else if (escape) out.appendEscaped(value);
                    else out.append(value);
                    break;
                }
                case XMLStreamConstants.START_ELEMENT:
                    nested++;
                    if (tags && out.length() < limit) HtmlOut.startTag(out, in, attributes::recovered);
                    break;
                case XMLStreamConstants.END_ELEMENT:
                    if (nested-- == 0) {
                        open.exit();
                        return;
                    }
                    if (tags && out.length() < limit) HtmlOut.endTag(out, in.getLocalName());
                    break;
                case XMLStreamConstants.END_DOCUMENT:
                    return;
                default:
                    break; // comments, processing instructions
            }
        }
    }

    /**
     * The text an entity reference stands for. XML defines five entities; HTML's names
     * ({@code &nbsp; &eacute; &mdash;}) are common in RSS and mean what HTML says, so they
     * are read with a warning, as browsers and other feed readers do. Any other name would
     * have to come from a DTD, which is never read: that is an error.
     */
    private String entity() throws FeedFormatException {
        String name = in.getLocalName();
        String value = HtmlEntities.valueOf(name);
        long at = position();
        int line = XmlPosition.line(at);
        int column = XmlPosition.column(at);
        if (value.isEmpty()) {
            throw new FeedFormatException(line, column, "undefined entity &" + name + ";"
                    + (internalSubset ? " (declared in the file's DTD, which Gazette does not read)" : ""));
        }
        warnings.warn(line, column, "&" + name + "; is an HTML entity, not XML; read as " + HtmlEntities.codePoints(value));
        return value;
    }

    /** Records the element just started: its xml:base and namespaces ({@link OpenElements}). */
    private void enter() {
        String own = in.getAttributeCount() == 0 ? null
                : attributes.recoveredOnEntering(in.getAttributeValue(XMLConstants.XML_NS_URI, "base"));
        open.enter(own, in);
    }
}
