package dev.gazette.feed;

/** A person credited with a feed or an article; either part may be null. */
public record Author(String name, String url) {
    /** What a reader sees: the name, else the URL, else null. */
    public String displayName() {
        if (name != null && !name.isBlank()) return name;
        if (url != null && !url.isBlank()) return url;
        return null;
    }
}
