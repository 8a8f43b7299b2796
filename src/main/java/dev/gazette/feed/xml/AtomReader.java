package dev.gazette.feed.xml;

import dev.gazette.feed.Attachment;
import dev.gazette.feed.Author;
import dev.gazette.feed.FeedFormatException;
import java.io.InterruptedIOException;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;

/**
 * Atom 1.0 (RFC 4287), and Atom 0.3 read leniently with it: 0.3's names (issued, modified,
 * created, tagline, url) and its content modes map to their 1.0 meanings, and elements in
 * no namespace under an Atom root count as Atom.
 */
final class AtomReader {
    /** What a text construct or content holds, from its type (and 0.3's mode). */
    private enum Kind { TEXT, HTML, XHTML, OTHER }

    private final XmlCursor xml;
    private final FeedBuilder feed;
    private final FieldReader fields;

    AtomReader(XmlCursor xml, FeedBuilder feed) {
        this.xml = xml;
        this.feed = feed;
        this.fields = new FieldReader(xml, feed);
    }

    /** Reads from the feed element through its end tag. */
    void read() throws XMLStreamException, FeedFormatException, InterruptedIOException {
        while (xml.nextChild()) {
            if (!xml.ns().isAtom()) {
                xml.skip();
                continue;
            }
            switch (xml.name()) {
                case "title" -> feed.title = textConstruct("feed title");
                case "subtitle", "tagline" -> feed.description = textConstruct("feed subtitle");
                case "link" -> feedLink();
                case "author" -> feed.feedAuthor(feed.share(fields.atomPerson()));
                case "entry" -> entry();
                default -> xml.skip();
            }
        }
    }

    private void feedLink() throws XMLStreamException, FeedFormatException {
        String rel = rel();
        String href = fields.resolve(xml.attribute("href"));
        if (rel.equals("alternate") && feed.homePageUrl == null) feed.homePageUrl = href;
        else if (rel.equals("self") && feed.feedUrl == null) feed.feedUrl = href;
        xml.skip();
    }

    private void entry() throws XMLStreamException, FeedFormatException, InterruptedIOException {
        long position = xml.position();
        ItemDraft d = feed.startItem(XmlPosition.line(position), XmlPosition.column(position));
        d.idRequired = true;
        while (xml.nextChild()) {
            Ns ns = xml.ns();
            if (ns.isAtom()) {
                atomField(d);
            } else if (ns == Ns.MEDIA) {
                fields.media(d);
            } else if (ns == Ns.DC && xml.name().equals("creator")) {
                d.author(feed.share(FieldReader.person(fields.text("dc:creator"))));
            } else if (ns == Ns.DC && xml.name().equals("subject")) {
                d.tag(feed.share(Titles.plain(fields.text("dc:subject"))));
            } else {
                xml.skip();
            }
        }
        feed.endItem();
    }

    private void atomField(ItemDraft d) throws XMLStreamException, FeedFormatException {
        switch (xml.name()) {
            case "id" -> d.id = fields.trimmed("id");
            case "title" -> d.title = textConstruct("title");
            case "link" -> entryLink(d);
            case "published", "issued" -> d.published = fields.date(xml.name());
            case "created" -> d.otherDate = fields.date("created");
            case "updated", "modified" -> d.modified = fields.date(xml.name());
            case "author" -> d.author(feed.share(fields.atomPerson()));
            case "category" -> {
                String term = xml.attribute("term");
                String tag = Titles.plain(term != null && !term.isBlank() ? term : xml.attribute("label"));
                xml.skip();
                d.tag(feed.share(tag));
            }
            case "content" -> content(d);
            case "summary" -> summary(d);
            case "source" -> source(d);
            default -> xml.skip();
        }
    }

    /**
     * An entry copied from another feed names that feed in atom:source: its authors are the
     * entry's when the entry names none (RFC 4287, 4.2.1), before the authors of this feed.
     */
    private void source(ItemDraft d) throws XMLStreamException, FeedFormatException {
        while (xml.nextChild()) {
            if (xml.ns().isAtom() && xml.name().equals("author")) {
                Author a = fields.atomPerson();
                if (a != null && d.sourceAuthor == null) d.sourceAuthor = feed.share(a);
            } else {
                xml.skip();
            }
        }
    }

    private void entryLink(ItemDraft d) throws XMLStreamException, FeedFormatException {
        String rel = rel();
        String href = fields.resolve(xml.attribute("href"));
        String type = xml.attribute("type");
        String title = xml.attribute("title");
        Long length = rel.equals("enclosure") ? fields.size(xml.attribute("length"), "link length") : null;
        xml.skip();
        if (href == null) return;
        switch (rel) {
            case "alternate" -> {
                if (d.link == null) d.link = href;
            }
            case "related" -> {
                if (d.externalUrl == null) d.externalUrl = href;
            }
            case "enclosure" -> d.attach(new Attachment(href, feed.share(type), Titles.plain(title), length, null));
            case "replies" -> {
                // RFC 4685: most point at a feed of the comments; a web page is where people discuss it (Blogger).
                if (d.discussion == null && isWebPage(type)) d.discussion = href;
            }
            default -> { } // self, edit, via, shorturl
        }
    }

    private static boolean isWebPage(String type) {
        if (type == null) return false;
        String t = type.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("text/html") || t.startsWith("application/xhtml+xml");
    }

    /** The rel of the current link: "alternate" when absent, as RFC 4287 says. */
    private String rel() {
        String rel = xml.attribute("rel");
        if (rel == null || rel.isBlank()) return "alternate";
        rel = rel.strip().toLowerCase(Locale.ROOT);
        // A registered relation may be written as its full IANA URI.
        return rel.startsWith("http://www.iana.org/assignments/relation/") ? rel.substring(41) : rel;
    }

    private void content(ItemDraft d) throws XMLStreamException, FeedFormatException {
        String src = xml.attribute("src");
        if (src != null && !src.isBlank()) {
            d.contentSrc = fields.resolve(src);
            xml.skip();
            return;
        }
        d.contentBase = xml.declaredBase();
        switch (kind()) {
            case TEXT -> d.text = fields.bodyText("content");
            case HTML -> d.html = fields.body("content", true);
            case XHTML -> d.html = fields.body("content", false);
            default -> skipUnshown("content"); // base64 or a media type a terminal cannot show
        }
    }

    private void summary(ItemDraft d) throws XMLStreamException, FeedFormatException {
        d.altBase = xml.declaredBase();
        switch (kind()) {
            case TEXT -> d.altText = fields.bodyText("summary");
            case HTML -> d.altHtml = fields.body("summary", true);
            case XHTML -> d.altHtml = fields.body("summary", false);
            default -> skipUnshown("summary");
        }
    }

    /** Content that is not text (Atom 0.3 base64, an image type): skipped, with a warning for --check. */
    private void skipUnshown(String field) throws XMLStreamException, FeedFormatException {
        String mode = xml.attribute("mode");
        String what = mode != null && mode.strip().equalsIgnoreCase("base64") ? "base64 (Atom 0.3)"
                : "of type " + FeedBuilder.quote(String.valueOf(xml.attribute("type")).strip());
        feed.warn(xml.position(), field + " " + what + " is not text Gazette shows; ignored");
        xml.skip();
    }

    /** A title or subtitle as plain text, whatever its type. */
    private String textConstruct(String field) throws XMLStreamException, FeedFormatException {
        Kind kind = kind();
        if (kind == Kind.HTML) return Titles.fromHtml(fields.text(field));
        if (kind == Kind.OTHER) {
            xml.skip();
            return null;
        }
        return Titles.plain(fields.text(field)); // text, or XHTML with its tags dropped
    }

    private Kind kind() {
        String mode = xml.attribute("mode"); // Atom 0.3
        if (mode != null && mode.strip().equalsIgnoreCase("base64")) return Kind.OTHER;
        String type = xml.attribute("type");
        if (type == null || type.isBlank()) return Kind.TEXT; // 1.0's default "text", 0.3's "text/plain"
        String t = type.strip().toLowerCase(Locale.ROOT);
        switch (t) {
            case "text", "text/plain": return Kind.TEXT;
            case "html", "text/html": return Kind.HTML;
            case "xhtml", "application/xhtml+xml": return Kind.XHTML;
            default:
                if (t.startsWith("text/") || t.endsWith("+xml") || t.endsWith("/xml")) return Kind.TEXT;
                return Kind.OTHER;
        }
    }

}
