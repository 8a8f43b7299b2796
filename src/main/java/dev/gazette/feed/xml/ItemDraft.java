package dev.gazette.feed.xml;

import dev.gazette.feed.Article;
import dev.gazette.feed.ArticleContent;
import dev.gazette.feed.Attachment;
import dev.gazette.feed.Author;
import dev.gazette.feed.ContentSource;
import java.io.InterruptedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What has been read of one RSS item or Atom entry so far. The readers fill the fields in
 * whatever order the file gives them; {@link #build} then applies the rules of DESIGN 5
 * that need them all: content over description/summary, guid or link or a derived id,
 * item authors over itunes:author, the podcast duration on the enclosure.
 */
final class ItemDraft {
    final int index;
    final int line;
    final int column;
    /** Set when something had to be repaired; counted in the feed's header. */
    boolean repaired;
    /** Atom requires an id, so a missing one is a repair; RSS 0.9x has no guid at all. */
    boolean idRequired;

    String id;
    boolean idIsPermaLink;
    String title;
    String link;
    String externalUrl;
    String discussion;
    String contentSrc;
    String image;
    Instant published;
    Instant modified;
    /** dc:date, Atom 0.3 created: the published date when there is no better one. */
    Instant otherDate;
    final List<Author> authors = new ArrayList<>(2);
    Author itunesAuthor;
    /** The first author of an Atom entry's atom:source, the feed it was copied from. */
    Author sourceAuthor;
    final List<String> tags = new ArrayList<>(4);
    final List<Attachment> attachments = new ArrayList<>(1);
    Long duration;

    /** The body: content:encoded, Atom content. */
    CharSequence html;
    CharSequence text;
    /** The stand-in body: RSS description, Atom summary, itunes:summary. */
    CharSequence altHtml;
    CharSequence altText;
    /** The xml:base in force where the body and the stand-in body were, if the file set one. */
    String contentBase;
    String altBase;

    ItemDraft(int index, int line, int column) {
        this.index = index;
        this.line = line;
        this.column = column;
    }

    void author(Author a) {
        if (a == null || a.displayName() == null) return;
        for (Author known : authors) {
            if (known.displayName().equals(a.displayName())) return;
        }
        authors.add(a);
    }

    /**
     * One attachment per URL: a media:content repeating the enclosure adds what the
     * enclosure did not say (its type, size, duration or title).
     */
    void attach(Attachment a) {
        for (int i = 0; i < attachments.size(); i++) {
            Attachment known = attachments.get(i);
            if (known.url().equals(a.url())) {
                attachments.set(i, new Attachment(known.url(), first(known.mimeType(), a.mimeType()),
                        first(known.title(), a.title()), first(known.sizeInBytes(), a.sizeInBytes()),
                        first(known.durationInSeconds(), a.durationInSeconds())));
                return;
            }
        }
        attachments.add(a);
    }

    private static <T> T first(T known, T added) {
        return known != null ? known : added;
    }

    void tag(String t) {
        if (t != null && !tags.contains(t)) tags.add(t);
    }

    Article build(FeedBuilder feed) throws InterruptedIOException {
        String url = link;
        if (url == null && idIsPermaLink && Links.isWebUrl(id)) url = id;
        String external = externalUrl;
        if (contentSrc != null) {
            if (url == null) url = contentSrc;
            else if (external == null && !contentSrc.equals(url)) external = contentSrc;
        }
        String key = id;
        boolean derived = key == null;
        boolean inFile = html instanceof XmlBodyInFile || text instanceof XmlBodyInFile
                || altHtml instanceof XmlBodyInFile || altText instanceof XmlBodyInFile;
        ContentSource content;
        if (inFile && !(derived && (url == null || url.isEmpty()))) {
            // Left in the file: read and chosen when the article is opened.
            CharSequence h = html;
            CharSequence t = text;
            CharSequence ah = altHtml;
            CharSequence at = altText;
            String src = contentSrc;
            String cb = contentBase;
            String ab = altBase;
            content = () -> chosen(read(h), read(t), read(ah), read(at), src, cb, ab).content();
            if (derived) key = feed.deriveId(url, title, null, null, null);   // from the url: no body needed
        } else {
            Chosen c = chosen(read(html), read(text), read(altHtml), read(altText), contentSrc, contentBase, altBase);
            if (derived) key = feed.deriveId(url, title, string(c.html), string(c.text), string(c.summary));
            ContentSource stored = feed.store(c.html, c.text, c.summary);
            String base = c.base;
            content = base == null ? stored : () -> stored.load().withBase(base);
        }
        if (derived) feed.problem(line, column, "item " + index + " has no id; using " + FeedBuilder.quote(key), idRequired);
        List<Author> people = authors;
        if (people.isEmpty() && sourceAuthor != null) people = List.of(sourceAuthor);
        if (people.isEmpty() && itunesAuthor != null) people = List.of(itunesAuthor);
        if (people.isEmpty()) people = feed.feedAuthors();
        Instant date = published != null ? published : otherDate;
        return new Article(key, derived, title, url, external, discussion, image, date, modified,
                feed.share(List.copyOf(people)), feed.share(List.copyOf(tags)), withDuration(), content);
    }

    /** The parts of a body as the article shows them, and the base of its links when the file set one. */
    private record Chosen(CharSequence html, CharSequence text, CharSequence summary, String base) {
        ArticleContent content() {
            return new ArticleContent(string(html), string(text), string(summary), base);
        }
    }

    /**
     * DESIGN 5: the content over the description or summary (which is then the summary); with
     * neither, an out-of-line Atom content (src) as a link. Null parts are absent.
     */
    private static Chosen chosen(CharSequence html, CharSequence text, CharSequence altHtml, CharSequence altText,
                                 String contentSrc, String contentBase, String altBase) {
        CharSequence h = html;
        CharSequence t = text;
        CharSequence summary = null;
        String base = contentBase;
        if (h == null && t == null) {
            h = altHtml;
            t = h == null ? altText : null;
            base = altBase;
        } else {
            summary = altText;
        }
        if (contentSrc != null && h == null && t == null) {
            String src = HtmlOut.escape(contentSrc);
            h = "<p>The article is at <a href=\"" + src + "\">" + src + "</a></p>";
        }
        return new Chosen(h, t, summary, base);
    }

    /** A body part as text: one left in the file is read from it (null when blank, as at once). */
    private static CharSequence read(CharSequence part) {
        return part instanceof XmlBodyInFile inFile ? inFile.read() : part;
    }

    private static String string(CharSequence s) {
        return s == null ? null : s.toString();
    }

    /** itunes:duration belongs to the episode's audio: put it on the first enclosure that lacks one. */
    private List<Attachment> withDuration() {
        if (duration == null || attachments.isEmpty()) return attachments;
        List<Attachment> list = new ArrayList<>(attachments);
        for (int i = 0; i < list.size(); i++) {
            Attachment a = list.get(i);
            if (a.durationInSeconds() == null) {
                list.set(i, new Attachment(a.url(), a.mimeType(), a.title(), a.sizeInBytes(), duration));
                break;
            }
        }
        return list;
    }
}
