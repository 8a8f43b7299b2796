package dev.gazette.feed;

/** A file attached to an article (podcast audio, a PDF); size and duration may be null. */
public record Attachment(String url, String mimeType, String title, Long sizeInBytes, Long durationInSeconds) {}
