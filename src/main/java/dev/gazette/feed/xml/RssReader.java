package dev.gazette.feed.xml;

import dev.gazette.feed.Attachment;
import dev.gazette.feed.Author;
import dev.gazette.feed.FeedFormatException;
import java.io.InterruptedIOException;
import javax.xml.stream.XMLStreamException;

/**
 * RSS 0.91, 0.92 and 2.0 ({@code <rss><channel><item>}) and RSS 1.0 / RDF
 * ({@code <rdf:RDF><channel/><item>}: the items are the channel's siblings), with the
 * modules real feeds use: Dublin Core, content:encoded, iTunes, Media RSS and atom:link.
 */
final class RssReader {
    private static final String RDF_URI = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private final XmlCursor xml;
    private final FeedBuilder feed;
    private final FieldReader fields;
    /** Whether an RSS channel or item was met: an rdf:RDF document without one is not RSS 1.0. */
    private boolean sawRss;

    RssReader(XmlCursor xml, FeedBuilder feed) {
        this.xml = xml;
        this.feed = feed;
        this.fields = new FieldReader(xml, feed);
    }

    /** Reads from the root element (rss or rdf:RDF) through its end tag. */
    void read() throws XMLStreamException, FeedFormatException, InterruptedIOException {
        while (xml.nextChild()) {
            if (!xml.ns().isRss()) {
                xml.skip();
                continue;
            }
            switch (xml.name()) {
                case "channel" -> {
                    sawRss = true;
                    channel();
                }
                case "item" -> {
                    sawRss = true;
                    item(); // RSS 1.0, and RSS 0.9x files that put items beside the channel
                }
                default -> xml.skip();
            }
        }
    }

    /** Whether the document had an RSS channel or item at its top level. */
    boolean sawRss() {
        return sawRss;
    }

    private void channel() throws XMLStreamException, FeedFormatException, InterruptedIOException {
        while (xml.nextChild()) {
            Ns ns = xml.ns();
            String name = xml.name();
            if (ns.isRss()) {
                switch (name) {
                    case "title" -> feed.title = first(feed.title, Titles.fromHtml(fields.text("channel title")));
                    case "link" -> feed.homePageUrl = first(feed.homePageUrl, fields.link("channel link"));
                    case "description" -> feed.description = first(feed.description,
                            Titles.fromHtml(fields.text("channel description")));
                    case "item" -> item();
                    case "managingEditor" -> feed.editor(FieldReader.person(fields.text("channel managingEditor")));
                    default -> xml.skip();
                }
            } else if (ns == Ns.ATOM && name.equals("link")) {
                String rel = xml.attribute("rel");
                String href = fields.resolve(xml.attribute("href"));
                if ("self".equals(rel)) feed.feedUrl = first(feed.feedUrl, href);
                else if (rel == null || "alternate".equals(rel)) feed.homePageUrl = first(feed.homePageUrl, href);
                xml.skip();
            } else if ((ns == Ns.DC && name.equals("creator")) || (ns == Ns.ITUNES && name.equals("author"))) {
                feed.feedAuthor(feed.share(FieldReader.person(fields.text(name))));
            } else {
                xml.skip();
            }
        }
    }

    private void item() throws XMLStreamException, FeedFormatException, InterruptedIOException {
        long position = xml.position();
        ItemDraft d = feed.startItem(XmlPosition.line(position), XmlPosition.column(position));
        String about = xml.attribute(RDF_URI, "about"); // RSS 1.0: the item's own URI
        if (about != null && !about.isBlank()) d.id = about.strip();
        while (xml.nextChild()) {
            switch (xml.ns()) {
                case NONE, RSS -> rssField(d);
                case DC -> dublinCore(d);
                case DCTERMS -> dublinCoreTerms(d);
                case CONTENT -> {
                    if (xml.name().equals("encoded")) {
                        d.contentBase = xml.declaredBase();
                        d.html = fields.body("content:encoded", true);
                    }
                    else xml.skip();
                }
                case ITUNES -> itunes(d);
                case MEDIA -> fields.media(d);
                case ATOM -> atom(d);
                default -> xml.skip();
            }
        }
        feed.endItem();
    }

    private void rssField(ItemDraft d) throws XMLStreamException, FeedFormatException {
        switch (xml.name()) {
            case "title" -> d.title = Titles.fromHtml(fields.text("title"));
            case "link" -> d.link = first(d.link, fields.link("link"));
            case "comments" -> d.discussion = first(d.discussion, fields.link("comments"));
            case "guid" -> {
                d.idIsPermaLink = !"false".equalsIgnoreCase(strip(xml.attribute("isPermaLink")));
                String guid = fields.trimmed("guid");
                if (guid != null) d.id = guid;
            }
            case "description" -> {
                d.altBase = xml.declaredBase();
                d.altHtml = fields.body("description", true);
            }
            case "pubDate" -> d.published = fields.date("pubDate");
            case "author" -> d.author(feed.share(FieldReader.person(fields.text("author"))));
            case "category" -> d.tag(feed.share(Titles.plain(fields.text("category"))));
            case "categories" -> {   // not RSS, but Macworld wraps its categories in it (corpus rss/06)
                while (xml.nextChild()) {
                    if (xml.name().equals("category")) d.tag(feed.share(Titles.plain(fields.text("category"))));
                    else xml.skip();
                }
            }
            case "enclosure" -> {
                String url = fields.resolve(xml.attribute("url"));
                String type = xml.attribute("type");
                Long size = fields.size(xml.attribute("length"), "enclosure length");
                if (url == null) feed.warn(xml.position(), "enclosure has no url; ignored");
                xml.skip();
                if (url != null) d.attach(new Attachment(url, feed.share(strip(type)), null, size, null));
            }
            default -> xml.skip(); // source, and the channel-level elements
        }
    }

    private void dublinCore(ItemDraft d) throws XMLStreamException, FeedFormatException {
        switch (xml.name()) {
            case "creator", "contributor" -> d.author(feed.share(FieldReader.person(fields.text("dc:" + xml.name()))));
            case "date" -> d.otherDate = fields.date("dc:date");
            case "subject" -> d.tag(feed.share(Titles.plain(fields.text("dc:subject"))));
            case "identifier" -> {
                String identifier = fields.trimmed("dc:identifier");
                if (d.id == null) d.id = identifier;
            }
            default -> xml.skip();
        }
    }

    private void dublinCoreTerms(ItemDraft d) throws XMLStreamException, FeedFormatException {
        switch (xml.name()) {
            case "modified" -> d.modified = fields.date("dcterms:modified");
            case "created", "issued" -> d.otherDate = fields.date("dcterms:" + xml.name());
            default -> xml.skip();
        }
    }

    private void itunes(ItemDraft d) throws XMLStreamException, FeedFormatException {
        switch (xml.name()) {
            case "author" -> {
                Author a = FieldReader.person(fields.text("itunes:author"));
                if (a != null) d.itunesAuthor = feed.share(new Author(a.name(), null));
            }
            case "duration" -> d.duration = fields.duration(fields.text("itunes:duration"), "itunes:duration");
            case "image" -> {
                if (d.image == null) d.image = fields.resolve(xml.attribute("href"));
                xml.skip();
            }
            case "summary" -> {
                CharSequence summary = fields.bodyText("itunes:summary");
                if (d.altText == null) d.altText = summary;
            }
            default -> xml.skip();
        }
    }

    /**
     * Atom elements in an RSS item: atom:link (the alternate link when there is no other, an
     * enclosure as an attachment) and atom:author.
     */
    private void atom(ItemDraft d) throws XMLStreamException, FeedFormatException {
        switch (xml.name()) {
            case "author" -> d.author(feed.share(fields.atomPerson()));
            case "link" -> {
                String rel = xml.attribute("rel");
                String href = fields.resolve(xml.attribute("href"));
                if ((rel == null || "alternate".equals(rel)) && d.link == null) d.link = href;
                if ("enclosure".equals(rel) && href != null) {
                    String type = feed.share(strip(xml.attribute("type")));
                    Long size = fields.size(xml.attribute("length"), "atom:link length");
                    d.attach(new Attachment(href, type, Titles.plain(xml.attribute("title")), size, null));
                }
                xml.skip();
            }
            default -> xml.skip();
        }
    }

    private static String first(String existing, String candidate) {
        return existing != null ? existing : candidate;
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
