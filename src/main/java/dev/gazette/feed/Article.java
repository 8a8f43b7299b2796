package dev.gazette.feed;

import java.time.Instant;
import java.util.List;

/**
 * One feed item, as much as the headline list needs plus a handle on its body.
 *
 * <p>Every text shown to a reader is cleaned here ({@link CleanText#line}), whichever loader
 * built the article, so no view can forget it; the id is kept exactly as the feed wrote it,
 * because it is the key for comments and read marks. A date outside the years 1 to 9999 is
 * dropped ({@link FeedDates#usable}): nothing later can then fail to format it.
 *
 * @param id          the key for comments and read marks; never null
 * @param idDerived   true when the feed gave no id and one was derived (from url or content)
 * @param title       plain title, or null when the item has none
 * @param discussionUrl the page where readers discuss the item (RSS {@code comments}, Atom
 *                    {@code rel="replies"} to a web page), or null
 * @param published   null when missing, unparseable or out of range
 */
public record Article(
        String id,
        boolean idDerived,
        String title,
        String url,
        String externalUrl,
        String discussionUrl,
        String image,
        Instant published,
        Instant modified,
        List<Author> authors,
        List<String> tags,
        List<Attachment> attachments,
        ContentSource content) {

    public Article {
        title = CleanText.line(title);
        url = CleanText.line(url);
        externalUrl = CleanText.line(externalUrl);
        discussionUrl = CleanText.line(discussionUrl);
        image = CleanText.line(image);
        published = FeedDates.usable(published);
        modified = FeedDates.usable(modified);
        authors = List.copyOf(authors);
        tags = cleanTags(List.copyOf(tags));
        attachments = List.copyOf(attachments);
    }

    /** The same list when every tag is clean (loaders share tag lists between items), else a cleaned copy. */
    private static List<String> cleanTags(List<String> tags) {
        // Indexed: an iterator per article was a twentieth of what a big RSS load allocated.
        for (int i = 0; i < tags.size(); i++) {
            if (!CleanText.isClean(tags.get(i))) return tags.stream().map(CleanText::line).toList();
        }
        return tags;
    }

    /** The date to show and sort by: published, else modified, else null. */
    public Instant date() {
        return published != null ? published : modified;
    }

    /** Comma-separated author names, or null when none is known. */
    public String byline() {
        StringBuilder sb = new StringBuilder();
        for (Author a : authors) {
            String n = a.displayName();
            if (n == null) continue;
            if (sb.length() > 0) sb.append(", ");
            sb.append(n);
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** The link a reader would open: url, else external_url. */
    public String link() {
        return url != null ? url : externalUrl;
    }
}
