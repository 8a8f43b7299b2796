package dev.gazette.ui;

import java.time.ZoneId;

/**
 * What stays the same for a whole session: whose comments these are, the colours, the time
 * zone, and whether Gazette fetches nothing (--offline), which r and R say.
 */
public record Settings(String author, Theme theme, ZoneId zone, boolean offline) {
    public Settings(String author, Theme theme, ZoneId zone) {
        this(author, theme, zone, false);
    }
}
