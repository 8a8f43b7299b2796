package dev.gazette.feed.xml;

import dev.gazette.feed.Attachment;
import dev.gazette.feed.Author;
import dev.gazette.feed.FeedDates;
import dev.gazette.feed.FeedFormatException;
import java.time.Instant;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;

/**
 * Reads the values both RSS and Atom carry, each with the warning --check shows when it
 * is unusable: bounded text, dates, links, sizes, durations, and Media RSS.
 */
final class FieldReader {
    private final XmlCursor xml;
    private final FeedBuilder feed;

    FieldReader(XmlCursor xml, FeedBuilder feed) {
        this.xml = xml;
        this.feed = feed;
    }

    /** A short field's text (title, id, name), cut with a warning past {@link XmlCursor#SHORT_LIMIT}. */
    String text(String field) throws XMLStreamException, FeedFormatException {
        return text(field, xml.position());
    }

    /** The text of the element that starts at position. */
    private String text(String field, long position) throws XMLStreamException, FeedFormatException {
        String s = xml.text(XmlCursor.SHORT_LIMIT);
        if (xml.wasCut()) warn(position, field + " is longer than " + XmlCursor.SHORT_LIMIT + " characters; cut");
        return s;
    }

    /** The text with its ends trimmed; null when blank. */
    String trimmed(String field) throws XMLStreamException, FeedFormatException {
        return trimmed(field, xml.position());
    }

    private String trimmed(String field, long position) throws XMLStreamException, FeedFormatException {
        String s = text(field, position);
        if (s == null) return null;
        s = s.strip();
        return s.isEmpty() ? null : s;
    }

    /**
     * A body as HTML (see {@link XmlCursor#body}), cut with a warning past
     * {@link XmlCursor#BODY_LIMIT}; child elements are kept as tags. In a big file loaded for
     * the reader, a body the item's list entry does not need is left in the file
     * ({@link XmlBodyInFile}), its warnings with it.
     *
     * @param textIsHtml true when the element's text is HTML source, false when it is text
     */
    CharSequence body(String field, boolean textIsHtml) throws XMLStreamException, FeedFormatException {
        XmlBodyInFile inFile = feed.bodyNeededNow() ? null : xml.skipInFile(true, !textIsHtml);
        if (inFile != null) return inFile;
        long position = xml.position();
        CharSequence s = xml.body(XmlCursor.BODY_LIMIT, true, !textIsHtml);
        bodyCut(field, position);
        return s;
    }

    /** A body that is plain text. */
    CharSequence bodyText(String field) throws XMLStreamException, FeedFormatException {
        XmlBodyInFile inFile = feed.bodyNeededNow() ? null : xml.skipInFile(false, false);
        if (inFile != null) return inFile;
        long position = xml.position();
        CharSequence s = xml.body(XmlCursor.BODY_LIMIT, false, false);
        bodyCut(field, position);
        return s;
    }

    private void bodyCut(String field, long position) {
        if (xml.wasCut()) warn(position, field + " is longer than " + XmlCursor.BODY_LIMIT + " characters; cut");
    }

    private void warn(long position, String message) {
        feed.warn(position, message);
    }

    /** A date; null with a warning when it is not one. */
    Instant date(String field) throws XMLStreamException, FeedFormatException {
        long position = xml.position();
        String s = trimmed(field, position);
        if (s == null) return null;
        Instant date = FeedDates.parse(s);
        if (date == null) warn(position, field + " " + FeedBuilder.quote(s) + " is not a date; ignored");
        return date;
    }

    /** A link in the element's text, made absolute. */
    String link(String field) throws XMLStreamException, FeedFormatException {
        return resolve(trimmed(field));
    }

    /** A link made absolute against xml:base, else the feed's home page. */
    String resolve(String ref) {
        if (ref == null) return null;
        String r = ref.strip();
        if (r.isEmpty()) return null;
        if (Links.isWebUrl(r)) return r; // nearly every link: no URI parsing
        String base = xml.base();
        if (base == null && feed.homePageUrl != null && Links.isAbsolute(feed.homePageUrl)) base = feed.homePageUrl;
        return Links.resolve(base, r);
    }

    /** A byte count from an attribute (enclosure length); null when absent, zero or not a number. */
    Long size(String value, String field) {
        if (value == null || value.isBlank()) return null;
        String s = value.strip();
        try {
            long n = Long.parseLong(s);
            // 0 is what podcast tools write for "unknown": no warning for it.
            if (n < 0) warn(xml.position(), field + " " + FeedBuilder.quote(s) + " is negative; ignored");
            return n > 0 ? n : null;
        } catch (NumberFormatException notANumber) {
            warn(xml.position(), field + " " + FeedBuilder.quote(s) + " is not a number; ignored");
            return null;
        }
    }

    /** A duration in seconds; null with a warning when it is not one. */
    Long duration(String value, String field) {
        if (value == null || value.isBlank()) return null;
        Long seconds = Durations.parse(value);
        if (seconds == null) {
            warn(xml.position(), field + " " + FeedBuilder.quote(value.strip()) + " is not a duration; ignored");
        }
        return seconds;
    }

    /** Media RSS (podcasts, YouTube): media:content as attachments, thumbnails as the image. */
    void media(ItemDraft d) throws XMLStreamException, FeedFormatException {
        switch (xml.name()) {
            case "group" -> {
                while (xml.nextChild()) {
                    if (xml.ns() == Ns.MEDIA) media(d);
                    else xml.skip();
                }
            }
            case "content" -> mediaContent(d);
            case "description" -> {
                // The only text of a YouTube entry: the stand-in body when the item has no other.
                boolean html = "html".equalsIgnoreCase(xml.attribute("type"));
                CharSequence description = html ? body("media:description", true) : bodyText("media:description");
                if (d.altHtml == null && d.altText == null) {
                    if (html) d.altHtml = description;
                    else d.altText = description;
                }
            }
            case "thumbnail" -> {
                if (d.image == null) d.image = resolve(xml.attribute("url"));
                xml.skip();
            }
            default -> xml.skip();
        }
    }

    private void mediaContent(ItemDraft d) throws XMLStreamException, FeedFormatException {
        String url = resolve(xml.attribute("url"));
        String type = xml.attribute("type");
        String medium = xml.attribute("medium");
        Long size = size(xml.attribute("fileSize"), "media:content fileSize");
        Long seconds = duration(xml.attribute("duration"), "media:content duration");
        while (xml.nextChild()) {
            if (xml.ns() == Ns.MEDIA && xml.name().equals("thumbnail") && d.image == null) {
                d.image = resolve(xml.attribute("url"));
            }
            xml.skip();
        }
        if (url == null) return;
        boolean picture = "image".equals(medium) || (type != null && type.toLowerCase(Locale.ROOT).startsWith("image/"));
        if (picture) {
            if (d.image == null) d.image = url;
        } else {
            d.attach(new Attachment(url, feed.share(type), null, size, seconds));
        }
    }

    /**
     * An atom:author (in Atom, or in an RSS item): name, uri (Atom 0.3: url), email; null
     * when it names nobody. With only an email, the address is what a reader sees.
     */
    Author atomPerson() throws XMLStreamException, FeedFormatException {
        String name = null;
        String uri = null;
        String email = null;
        while (xml.nextChild()) {
            if (!xml.ns().isAtom()) {
                xml.skip();
                continue;
            }
            switch (xml.name()) {
                case "name" -> name = Titles.plain(text("author name"));
                case "uri", "url" -> uri = link("author uri");
                case "email" -> email = trimmed("author email");
                default -> xml.skip();
            }
        }
        if (name == null && uri == null && email != null) name = email;
        if (uri == null && email != null) uri = "mailto:" + email;
        Author a = new Author(name, uri);
        return a.displayName() == null ? null : a;
    }

    /**
     * "joe@example.com (Joe Bloggs)", "Joe Bloggs <joe@example.com>", an address or a name.
     * The parentheses and angle brackets are read that way only around or beside an address:
     * "Jane Doe (guest)" in a dc:creator is a name, all of it.
     */
    static Author person(String text) {
        if (text == null) return null;
        String s = Titles.plain(text);
        if (s == null) return null;
        int open = s.indexOf('(');
        int close = s.lastIndexOf(')');
        if (open > 0 && close > open && isAddress(s.substring(0, open).strip())) {
            String name = s.substring(open + 1, close).strip();
            String address = s.substring(0, open).strip();
            return new Author(name.isEmpty() ? address : name, mailto(address));
        }
        int lt = s.indexOf('<');
        int gt = s.lastIndexOf('>');
        if (lt > 0 && gt > lt && isAddress(s.substring(lt + 1, gt).strip())) {
            return new Author(s.substring(0, lt).strip(), mailto(s.substring(lt + 1, gt).strip()));
        }
        return new Author(s, mailto(s));
    }

    private static String mailto(String address) {
        return isAddress(address) ? "mailto:" + address : null;
    }

    private static boolean isAddress(String s) {
        return s.indexOf('@') > 0 && s.indexOf(' ') < 0;
    }
}
