package dev.gazette.feed;

/**
 * A file attached to an article (podcast audio, a PDF); size and duration may be null.
 * The text fields are cleaned here ({@link CleanText#line}).
 */
public record Attachment(String url, String mimeType, String title, Long sizeInBytes, Long durationInSeconds) {
    public Attachment {
        url = CleanText.line(url);
        mimeType = CleanText.line(mimeType);
        title = CleanText.line(title);
    }
}
