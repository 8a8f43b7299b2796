package dev.gazette.source;

import dev.gazette.feed.CleanText;
import dev.gazette.feed.TextSniffer;
import dev.gazette.feed.xml.XmlFeedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
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

    /**
     * @param feedsFile where the feeds go, named in the advice for a file that is a feed itself
     * @throws SourceException in one line when the file cannot be read or is not OPML: what it
     *                         is instead (JSON, an HTML page, an RSS feed, ...) in the feed
     *                         loader's words, or where its XML goes wrong
     */
    /** The feeds of an OPML file, and a line for each feed outline that could not be used. */
    record Outlines(List<Source> feeds, List<String> skipped) { }

    static Outlines read(Path file, Path feedsFile) throws SourceException {
        if (Files.isDirectory(file)) throw new SourceException(file + ": is a directory");
        try (InputStream in = Files.newInputStream(file)) {
            // The head is looked at, then put back in front of the rest: a pipe is read once.
            byte[] head = in.readNBytes(TextSniffer.HEAD);
            String notXml = notXml(head, head.length < TextSniffer.HEAD, feedsFile);
            if (notXml != null) throw new SourceException(file + ": " + notXml);
            XMLStreamReader xml = factory().createXMLStreamReader(new SequenceInputStream(new ByteArrayInputStream(head), in));
            try {
                return feeds(file, xml, feedsFile);
            } finally {
                xml.close();
            }
        } catch (IOException e) {
            throw IoText.unreadable(file, e);
        } catch (XMLStreamException e) {
            if (e.getNestedException() instanceof IOException io) throw IoText.unreadable(file, io);
            throw new SourceException(file + where(e.getLocation()) + ": " + XmlFeedReader.problem(e), e);
        }
    }

    /** ":LINE:COL" as the feed loader says it: the line alone when the parser knows no column (0). */
    private static String where(Location at) {
        if (at == null || at.getLineNumber() <= 0) return "";
        return ":" + at.getLineNumber() + (at.getColumnNumber() > 0 ? ":" + at.getColumnNumber() : "");
    }

    /** What a file that should be OPML is when it is not XML at all, as the feed loader says it; null for XML. */
    private static String notXml(byte[] head, boolean wholeFile, Path feedsFile) {
        String notText = TextSniffer.check(head, wholeFile);
        if (notText != null) return notText;
        TextSniffer.Format format = TextSniffer.format(head);
        // Blank reads as JSON to the sniffer (the JSON loader then says "empty file"): say it here.
        if (wholeFile && new String(head, StandardCharsets.UTF_8).isBlank()) return "empty file";
        return switch (format) {
            case XML -> null;
            case JSON -> format.words() + ", not an OPML file (if it is a JSON Feed, add it as a line of " + feedsFile + ")";
            case HTML -> format.words() + ", not an OPML file";
            case TEXT -> format.words() + ", not an OPML file (OPML is XML)";
        };
    }

    /** Why a document whose root element is not opml is not imported: a feed itself is said so, with what to do. */
    private static String notOpml(String root, Path feedsFile) {
        String feed = switch (root.toLowerCase(Locale.ROOT)) {
            case "rss", "rdf:rdf" -> "an RSS feed";
            case "feed" -> "an Atom feed";
            default -> null;
        };
        if (feed == null) return "not an OPML file (its root element is <" + root + ">)";
        return feed + ", not an OPML file (to follow it, add it as a line of " + feedsFile + ")";
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        return f;
    }

    private static Outlines feeds(Path file, XMLStreamReader xml, Path feedsFile)
            throws XMLStreamException, SourceException {
        List<Source> feeds = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        // One entry per open outline: its category name, or null for an outline that is a feed.
        Deque<String> outlines = new ArrayDeque<>();
        boolean sawRoot = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (!sawRoot) {
                    if (!name.equalsIgnoreCase("opml")) throw new SourceException(file + ": " + notOpml(name, feedsFile));
                    sawRoot = true;
                }
                if (!name.equalsIgnoreCase("outline")) continue;
                Optional<String> url = attribute(xml, "xmlUrl");
                Optional<String> title = attribute(xml, "title").or(() -> attribute(xml, "text"));
                if (url.isPresent()) {
                    outlines.push("");
                    try {
                        feeds.add(feed(url.get(), title, outlines, attribute(xml, "category")));
                    } catch (SourceException e) {
                        skipped.add("outline " + title.map(t -> "\"" + t + "\" ").orElse("") + "(" + url.get() + "): "
                                + e.getMessage().replace(url.get().strip() + ": ", ""));
                    }
                } else {
                    outlines.push(title.orElse(""));
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equalsIgnoreCase("outline")) {
                outlines.poll();
            }
        }
        if (!sawRoot) throw new SourceException(file + ": not an OPML file (no elements)");
        return new Outlines(feeds, skipped);
    }

    /**
     * A feed outline: its URL (http(s), or a file: URL or path such as an export of Gazette's
     * own lists), its title, and its tags: the outlines around it, then its category
     * attribute ("/tech,/apple" as OPML 2.0 writes it, and Gazette's export too).
     */
    private static Source feed(String url, Optional<String> title, Deque<String> outlines, Optional<String> category)
            throws SourceException {
        String u = url.strip();
        Source source = Source.parse(u);
        // A file feed only as a file: URL or an absolute path: "mailto:" is no file.
        if (source instanceof FileSource && !u.startsWith("file:") && !u.startsWith("/")) {
            throw new SourceException(u + ": neither an http(s) URL nor a file's absolute path");
        }
        List<String> tags = new ArrayList<>();
        // The deque lists the innermost outline first; tags read outermost first.
        outlines.descendingIterator().forEachRemaining(c -> {
            if (!c.isEmpty()) tags.add(c);
        });
        for (String c : category.orElse("").split(",")) {
            String tag = c.strip().replaceAll("^/+", "");
            if (!tag.isEmpty() && !tags.contains(tag)) tags.add(tag);
        }
        return source.withLabels(title.filter(t -> !t.equals(url)), tags);
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
}
