package dev.gazette.feed.xml;

import dev.gazette.feed.ContentStore;
import dev.gazette.feed.Feed;
import dev.gazette.feed.FeedFormatException;
import dev.gazette.feed.FileText;
import dev.gazette.feed.LoadListener;
import dev.gazette.feed.Progress;
import dev.gazette.feed.ReadAhead;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import com.ctc.wstx.exc.WstxUnexpectedCharException;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Reads an RSS or Atom feed as a stream, item by item, into the same model, body store and
 * listener calls as a JSON Feed, so a 200 MB RSS file opens the way a 200 MB JSON Feed does.
 * The root element says what the document is: {@code rss} (0.91, 0.92, 2.0),
 * {@code rdf:RDF} (RSS 1.0), {@code feed} (Atom 1.0 and 0.3); anything else is named in
 * one line ("XML but not a feed: root element <x>").
 */
public final class XmlFeedReader {
    private XmlFeedReader() { }

    /**
     * Reads the document whose first bytes are head (already read from the file) and whose
     * other bytes are rest. The articles are in file order; sorting is the caller's job.
     *
     * @param wholeFile true when head is the whole file
     * @param location  the feed's own URL, the base of its relative links; null for a file
     * @param ahead     decodes the text on a thread of its own when the file is big
     * @param bodiesIn  makes the file's FileText, from where its text starts, to leave the
     *                  bodies of a big UTF-8 file in it; null keeps them all
     * @param repair    a second reading, of a file the first stopped on a control character or
     *                  a bare ampersand: those are repaired, with a warning ({@link XmlRepairs})
     * @throws FeedFormatException when the file is not a feed or not well-formed XML (with the
     *                             line and column), in one line; marked
     *                             {@link FeedFormatException#isRepairable} when a second reading
     *                             would repair what stopped it, and this was not one
     * @throws IOException         when reading the file fails
     */
    public static Feed read(byte[] head, boolean wholeFile, InputStream rest, String location, ReadAhead ahead,
                            ContentStore bodies, LoadListener listener, Progress progress,
                            IntFunction<FileText> bodiesIn, boolean repair)
            throws IOException, FeedFormatException {
        XmlInput.Opened input = XmlInput.open(head, wholeFile, rest, ahead, bodiesIn, repair);
        FeedBuilder feed = new FeedBuilder(bodies, listener, progress);
        if (input.note() != null) feed.problem(0, 0, input.note(), false);
        XMLStreamReader2 parser = null;
        try {
            parser = XmlParsers.open(input.reader());
            if (input.charsSkipped() > 0 && parser.getVersion() != null) {
                // Read all the same (issue 11), but a strict parser refuses the file: --check says so.
                feed.problem(input.linesSkipped() + 1, input.columnsSkipped() + 1,
                        "whitespace before the XML declaration (skipped; XML allows none there)", false);
            }
            XmlCursor xml = new XmlCursor(parser, input, location, feed);
            xml.toRoot();
            Ns ns = xml.ns();
            String root = xml.name();
            if (root.equals("rss")) {
                new RssReader(xml, feed).read();
            } else if (root.equals("RDF") && ns == Ns.RDF) {
                String name = xml.qualifiedName();
                RssReader rss = new RssReader(xml, feed);
                rss.read();
                // RDF is used for much else; RSS 1.0 is RDF with an RSS channel in it.
                if (!rss.sawRss()) throw new FeedFormatException("XML but not a feed: root element <" + name + ">");
            } else if (root.equals("feed") && ns.isAtom()) {
                new AtomReader(xml, feed).read();
            } else {
                throw new FeedFormatException(notAFeed(xml));
            }
            // What follows the root element (comments, a server's debug text) is not read.
            String notUtf8 = input.utf8() == null ? null : input.utf8().problem();
            if (notUtf8 != null) feed.problem(0, 0, notUtf8, false);
            XmlRepairs repairs = input.repairs();
            if (repairs != null && repairs.controlsProblem() != null) {
                feed.problem(repairs.controlsLine(), repairs.controlsColumn(), repairs.controlsProblem(), false);
            }
            if (repairs != null && repairs.ampersandsProblem() != null) {
                feed.problem(repairs.ampersandsLine(), repairs.ampersandsColumn(), repairs.ampersandsProblem(), false);
            }
            return feed.finish();
        } catch (XMLStreamException e) {
            throw invalid(e, input, parser, repair);
        } catch (RuntimeException e) {
            // Woodstox throws some errors lazily, wrapped (WstxLazyException): a file cut short
            // inside its internal DTD subset, say. They are syntax errors like the others.
            if (e.getCause() instanceof XMLStreamException x) throw invalid(x, input, parser, repair);
            throw e;
        } finally {
            close(parser);
        }
    }

    /** "invalid XML" at the place a parser's error names; a read error inside it is thrown as it is. */
    private static FeedFormatException invalid(XMLStreamException e, XmlInput.Opened input, XMLStreamReader parser,
                                               boolean repair) throws IOException {
        if (e.getNestedException() instanceof IOException io) throw io;
        if (e.getCause() instanceof IOException io) throw io;
        FeedFormatException error = syntaxError(e, input, parser);
        return !repair && isRepairable(e) ? error.repairable() : error;
    }

    /** How every kind of cut-off file starts its message. */
    private static final String CUT_SHORT = "invalid XML: the file ends too soon";

    /**
     * Woodstox's words for what an {@code &} that begins no reference makes it stop at:
     * "a & b", "?a=1&b=2", "R&D.", "x && y", "&123", "end&</title>", "url=\"a&\"", "&#12 ",
     * "x&:y". A few of them can have other causes; those fail the second reading the same way.
     */
    private static final List<String> AMPERSAND_ERRORS = List.of("expected a semi-colon after the reference",
            "(missing name?)", "(expected a name start character)", "expected a decimal number", "expected a hex digit",
            "entity/notation name");

    /** What stopped the parser may be what {@link XmlRepairs} repairs. */
    private static boolean isRepairable(XMLStreamException e) {
        if (isControlCharacter(e)) return true;
        String m = e.getMessage() == null ? "" : e.getMessage();
        for (String words : AMPERSAND_ERRORS) if (m.contains(words)) return true;
        return false;
    }

    /** A control character XML forbids stopped the parser (a form feed, an escape, a NUL). */
    private static boolean isControlCharacter(XMLStreamException e) {
        if (!(e instanceof WstxUnexpectedCharException u)) return false;
        char c = u.getChar();
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    }

    private static String notAFeed(XmlCursor xml) {
        String root = xml.name();
        if (root.equalsIgnoreCase("html")) return "an HTML page, not a feed";
        String what = "XML but not a feed: root element <" + xml.qualifiedName() + ">";
        if (root.equals("entry") && xml.ns().isAtom()) return what + " (a single Atom entry)";
        if (root.equalsIgnoreCase("opml")) return what + " (an OPML list of feeds)";
        return what;
    }

    /**
     * "invalid XML: ..." at the line and column the parser names; an error that names no
     * place (Woodstox's limits: element depth, attributes) is placed where the parser stands.
     */
    static FeedFormatException syntaxError(XMLStreamException e, XmlInput.Opened input, XMLStreamReader parser) {
        Location at = e.getLocation();
        if ((at == null || at.getLineNumber() <= 0) && parser != null) at = parser.getLocation();
        String text = problem(e);
        if (at == null || at.getLineNumber() <= 0) return new FeedFormatException(text);
        // Woodstox gives no column (0) for some errors, an illegal character among them: the line alone is said then.
        // A file that ends just after a line break gets column 0 too, and its end is that line's first column.
        int column = at.getColumnNumber();
        if (column <= 0 && text.startsWith(CUT_SHORT)) column = 1;
        return new FeedFormatException(input.line(at.getLineNumber()), input.column(at.getLineNumber(), column), text);
    }

    /**
     * What stopped the parser, in one line without the parser's own furniture (Woodstox adds
     * "at [row,col {unknown-source}]: [1,1]" on a line of its own): "invalid XML: unexpected
     * character '{' (code 123) in prolog; expected '<'", or "XML with no root element". The
     * caller says where, as FILE:LINE:COL.
     */
    public static String problem(XMLStreamException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int where = message.indexOf("\n at [");
        if (where >= 0) message = message.substring(0, where);
        int newline = message.indexOf('\n');
        if (newline >= 0) message = message.substring(0, newline);
        message = message.strip();
        if (message.endsWith(".")) message = message.substring(0, message.length() - 1);
        if (!message.isEmpty()) message = message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
        // Woodstox's words for a file that ends before any element (only a declaration, a comment).
        if (message.startsWith("unexpected EOF in prolog")) return "XML with no root element";
        // A download cut short: said in words, with Woodstox's what-it-was-reading after them.
        // Woodstox words it three ways, depending on where the input stopped.
        if (message.startsWith("in xml declaration")) return CUT_SHORT + ", in the XML declaration";
        // Woodstox says this only when the input stops inside a name after "&" ("&amp" and no
        // more); anything else after such a name is "expected a semi-colon", and repaired.
        String noSemicolon = "missing semicolon after reference for entity \"";
        if (message.startsWith(noSemicolon) && message.endsWith("\"")) {
            return CUT_SHORT + ", in entity reference &" + message.substring(noSemicolon.length(), message.length() - 1);
        }
        for (String eof : List.of("unexpected EOF", "unexpected end of input block")) {
            if (!message.startsWith(eof)) continue;
            String rest = message.substring(eof.length())
                    .replace(" in document text content", " in text")
                    .replace(" in main document content", " in text")
                    .replace("; expected an identifier", " in a name");
            return CUT_SHORT + (rest.startsWith(" in ") ? "," + rest : rest);
        }
        return "invalid XML" + (message.isEmpty() ? "" : ": " + message);
    }

    static void close(XMLStreamReader parser) {
        if (parser == null) return;
        try {
            parser.close();
        } catch (XMLStreamException ignored) {
            // nothing is left to release that matters: the caller closes the file
        }
    }
}
