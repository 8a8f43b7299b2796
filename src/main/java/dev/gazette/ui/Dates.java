package dev.gazette.ui;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Dates for the screen: a date that cannot be shown (none, or outside any calendar) shows as nothing. */
public final class Dates {
    private Dates() {}

    /**
     * A date the feed gave without a time of day ("2025-03-01"), which the loaders read as
     * midnight UTC. A real time of exactly midnight UTC counts too: it is rare, and it is
     * shown the same in UTC.
     */
    public static boolean isDateOnly(Instant instant) {
        return instant != null && instant.getEpochSecond() % 86_400 == 0 && instant.getNano() == 0;
    }

    /**
     * An article's day through {@code format}: in {@code zone}, except a date given alone,
     * which is the day the feed named in every zone (in New York, midnight UTC is the day before).
     */
    public static String day(DateTimeFormatter format, Instant instant, ZoneId zone) {
        return format(format, instant, isDateOnly(instant) ? ZoneOffset.UTC : zone);
    }

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
