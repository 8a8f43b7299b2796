package dev.gazette.feed;

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
}
