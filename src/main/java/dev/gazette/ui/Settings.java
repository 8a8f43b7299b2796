package dev.gazette.ui;

import java.time.ZoneId;

/** What stays the same for a whole session: whose comments these are, the colours, the time zone. */
public record Settings(String author, Theme theme, ZoneId zone) {}
