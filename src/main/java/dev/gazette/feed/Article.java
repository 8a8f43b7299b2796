package dev.gazette.feed;

import java.time.Instant;
import java.util.List;

/**
 * One feed item, as much as the headline list needs plus a handle on its body.
 *
 * @param id          the key for comments and read marks; never null
 * @param idDerived   true when the feed gave no id and one was derived (from url or content)
 * @param title       plain title, or null when the item has none
 * @param published   null when missing or unparseable
 */
public record Article(
        String id,
        boolean idDerived,
        String title,
        String url,
        String externalUrl,
        String image,
        Instant published,
        Instant modified,
        List<Author> authors,
        List<String> tags,
        List<Attachment> attachments,
        ContentSource content) {

    public Article {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        attachments = List.copyOf(attachments);
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
