package dev.gazette.source;

import dev.gazette.feed.CleanText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the feeds of an OPML file with StAX, DTDs and external entities off (an OPML file
 * from the web must not make Gazette fetch or expand anything). Every outline with an
 * {@code xmlUrl} is a feed, however deeply nested; the outlines around it without one are
 * its categories and become its tags, as does its {@code category} attribute. A file: URL or
 * a path is a file feed (Gazette's own export writes them).
 */
final class OpmlReader {
    private OpmlReader() { }

    static List<Source> read(Path file) throws SourceException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            try {
                return feeds(file, xml);
            } finally {
                xml.close();
            }
        } catch (IOException e) {
            throw IoText.unreadable(file, e);
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String where = at == null ? "" : ":" + at.getLineNumber() + ":" + at.getColumnNumber();
            throw new SourceException(file + where + ": not valid XML (" + reason(e) + ")", e);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        return f;
    }

    private static List<Source> feeds(Path file, XMLStreamReader xml) throws XMLStreamException, SourceException {
        List<Source> feeds = new ArrayList<>();
        // One entry per open outline: its category name, or null for an outline that is a feed.
        Deque<String> outlines = new ArrayDeque<>();
        boolean sawRoot = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (!sawRoot) {
                    if (!name.equalsIgnoreCase("opml")) throw new SourceException(file + ": not an OPML file (its root element is <" + name + ">)");
                    sawRoot = true;
                }
                if (!name.equalsIgnoreCase("outline")) continue;
                Optional<String> url = attribute(xml, "xmlUrl");
                Optional<String> title = attribute(xml, "title").or(() -> attribute(xml, "text"));
                if (url.isPresent()) {
                    outlines.push("");
                    feed(url.get(), title, outlines, attribute(xml, "category")).ifPresent(feeds::add);
                } else {
                    outlines.push(title.orElse(""));
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equalsIgnoreCase("outline")) {
                outlines.poll();
            }
        }
        if (!sawRoot) throw new SourceException(file + ": not an OPML file (no elements)");
        return feeds;
    }

    /**
     * A feed outline: its URL (http(s), or a file: URL or path such as an export of Gazette's
     * own lists), its title, and its tags: the outlines around it, then its category
     * attribute ("/tech,/apple" as OPML 2.0 writes it, and Gazette's export too).
     */
    private static Optional<Source> feed(String url, Optional<String> title, Deque<String> outlines,
                                         Optional<String> category) {
        try {
            String u = url.strip();
            Source source = Source.parse(u);
            // A file feed only as a file: URL or an absolute path: "mailto:" is no file.
            if (source instanceof FileSource && !u.startsWith("file:") && !u.startsWith("/")) return Optional.empty();
            List<String> tags = new ArrayList<>();
            // The deque lists the innermost outline first; tags read outermost first.
            outlines.descendingIterator().forEachRemaining(c -> {
                if (!c.isEmpty()) tags.add(c);
            });
            for (String c : category.orElse("").split(",")) {
                String tag = c.strip().replaceAll("^/+", "");
                if (!tag.isEmpty() && !tags.contains(tag)) tags.add(tag);
            }
            return Optional.of(source.withLabels(title.filter(t -> !t.equals(url)), tags));
        } catch (SourceException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> attribute(XMLStreamReader xml, String name) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                String v = CleanText.line(xml.getAttributeValue(i)).strip();
                return v.isEmpty() ? Optional.empty() : Optional.of(v);
            }
        }
        return Optional.empty();
    }

    private static String reason(XMLStreamException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        int i = m.indexOf("Message: ");
        return SourceException.oneLine(i >= 0 ? m.substring(i + "Message: ".length()) : m);
    }
}
