package dev.gazette.feed;

import java.util.Objects;

/**
 * A person credited with a feed or an article; either part may be null. Both are cleaned
 * here ({@link CleanText#line}), so no loader can hand out a name that drives the terminal.
 */
public record Author(String name, String url) {
    public Author {
        name = CleanText.line(name);
        url = CleanText.line(url);
    }

    /** What a reader sees: the name, else the URL, else null. */
    public String displayName() {
        if (name != null && !name.isBlank()) return name;
        if (url != null && !url.isBlank()) return url;
        return null;
    }

    // Written out: a record's own equals and hashCode are bootstrapped through method handles
    // at their first call, and that cost the loading thread ~20 ms at start (a feed's authors
    // are shared through a HashMap while it loads).
    @Override
    public boolean equals(Object o) {
        return o instanceof Author other && Objects.equals(name, other.name) && Objects.equals(url, other.url);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(name) + Objects.hashCode(url);
    }
}
