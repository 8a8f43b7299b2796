package dev.gazette.ui;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates for the screen: a date that cannot be shown (none, or outside any calendar) shows as nothing. */
public final class Dates {
    private Dates() {}

    /** {@code instant} in {@code zone} through {@code format}, or "" when there is no date to show. */
    public static String format(DateTimeFormatter format, Instant instant, ZoneId zone) {
        if (instant == null) return "";
        try {
            return format.format(instant.atZone(zone));
        } catch (DateTimeException | ArithmeticException e) {
            return "";
        }
    }
}
