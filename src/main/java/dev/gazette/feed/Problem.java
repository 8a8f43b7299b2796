package dev.gazette.feed;

/** Something wrong in a feed file that did not stop it loading; line and column are 1-based, 0 when unknown. */
public record Problem(int line, int column, String message) {}
