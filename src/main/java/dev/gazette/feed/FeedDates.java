package dev.gazette.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;

/**
 * Parses the dates feeds really contain. JSON Feed asks for RFC 3339, but files in the
 * wild also leave out the seconds ("2018-01-06T08:00") or the offset (taken as UTC),
 * write "-00:00" or "+0000", or use RFC 822 dates copied from RSS
 * ("Fri, 31 May 2019 12:17:58 -0700"). Anything else is not a date: null, never an
 * exception, so one odd date costs only that date.
 */
public final class FeedDates {
    /** RFC 3339 and its relaxed forms: date, optional time (seconds and fraction optional), optional offset. */
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT); // 30 February is not a date, not 28 February

    /** RFC 822/1123 after the weekday is removed: "31 May 2019 12:17[:58] -0700" or "... GMT". */
    private static final DateTimeFormatter RFC_822 = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendPattern("d MMM uuuu HH:mm")
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .appendLiteral(' ')
            .appendOffset("+HHMM", "GMT")
            .toFormatter(Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT);

    /** Zone names RFC 822 allows, as offsets. */
    private static final Map<String, String> ZONE_NAMES = Map.ofEntries(
            Map.entry("UT", "GMT"), Map.entry("UTC", "GMT"), Map.entry("Z", "GMT"),
            Map.entry("EST", "-0500"), Map.entry("EDT", "-0400"),
            Map.entry("CST", "-0600"), Map.entry("CDT", "-0500"),
            Map.entry("MST", "-0700"), Map.entry("MDT", "-0600"),
            Map.entry("PST", "-0800"), Map.entry("PDT", "-0700"));

    /** 0001-01-01T00:00:00Z: the first instant with a four-digit year. */
    private static final long FIRST_SECOND = -62_135_596_800L;
    /** 10000-01-01T00:00:00Z: the first instant after the year 9999. */
    private static final long END_SECOND = 253_402_300_800L;

    private FeedDates() { }

    /**
     * The date when its year (in UTC) is 1 to 9999, else null. Java reads years far beyond
     * that ("+999999999-12-31"), which then fail to format in a time zone ahead of UTC; no
     * feed means them, so such a date counts as missing.
     */
    static Instant usable(Instant date) {
        if (date == null) return null;
        long s = date.getEpochSecond();
        return s >= FIRST_SECOND && s < END_SECOND ? date : null;
    }

    /** The instant the text names, or null when it is not a date this class knows. */
    public static Instant parse(String text) {
        if (text == null) return null;
        String s = text.strip();
        if (s.isEmpty()) return null;
        try {
            return Character.isDigit(s.charAt(0)) && s.length() >= 10 && s.charAt(4) == '-'
                    ? parseIso(s)
                    : parseRfc822(s);
        } catch (DateTimeParseException | ArithmeticException notADate) {
            return null;
        }
    }

    /**
     * Whether text is an RFC 3339 date-time ("2025-06-30T18:00:00Z", a fraction and an
     * offset allowed, a space or 't' for the 'T'): the only form JSON Feed allows. Checked by
     * hand, as {@link #parseCommonIso} reads: it runs once per item of a big feed.
     */
    public static boolean isRfc3339(String text) {
        String s = text.strip();
        int n = s.length();
        if (n < 20 || digits(s, 0, 4) < 0 || s.charAt(4) != '-' || digits(s, 5, 2) < 0 || s.charAt(7) != '-'
                || digits(s, 8, 2) < 0 || "Tt ".indexOf(s.charAt(10)) < 0 || digits(s, 11, 2) < 0
                || s.charAt(13) != ':' || digits(s, 14, 2) < 0 || s.charAt(16) != ':' || digits(s, 17, 2) < 0) {
            return false;
        }
        int i = 19;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && Character.isDigit(s.charAt(i))) i++;
            if (i == start) return false;
        }
        if (i == n - 1) return s.charAt(i) == 'Z' || s.charAt(i) == 'z';
        return i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && digits(s, i + 1, 2) >= 0
                && s.charAt(i + 3) == ':' && digits(s, i + 4, 2) >= 0;
    }

    private static Instant parseIso(String s) {
        Instant common = parseCommonIso(s);
        if (common != null) return common;
        // RFC 3339 allows a space instead of the 'T'.
        if (s.length() > 10 && s.charAt(10) == ' ') s = s.substring(0, 10) + 'T' + s.substring(11);
        TemporalAccessor t = ISO.parse(s);
        LocalDate date = LocalDate.from(t);
        if (!t.isSupported(ChronoField.HOUR_OF_DAY)) return date.atStartOfDay().toInstant(ZoneOffset.UTC);
        LocalDateTime local = LocalDateTime.of(date, LocalTime.from(t));
        if (!t.isSupported(ChronoField.OFFSET_SECONDS)) return local.toInstant(ZoneOffset.UTC);
        return OffsetDateTime.of(local, ZoneOffset.from(t)).toInstant();
    }

    /**
     * The one shape nearly every JSON Feed date has, "2025-06-30T18:00:00Z" (a fraction and
     * an offset "+02:00" allowed), read by hand: java.time's parser was a tenth of loading a
     * big JSON Feed. Null for anything else, and for values out of range, which the formatter
     * then reads or rejects with its own rules.
     */
    private static Instant parseCommonIso(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || (s.charAt(10) != 'T' && s.charAt(10) != 't')
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 1 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 9 && Character.isDigit(s.charAt(i))) i++;
            if (i == start || (i < n && Character.isDigit(s.charAt(i)))) return null;
            nanos = digits(s, start, i - start);
            for (int k = i - start; k < 9; k++) nanos *= 10;
        }
        int offsetSeconds;
        if (i == n - 1 && (s.charAt(i) == 'Z' || s.charAt(i) == 'z')) {
            offsetSeconds = 0;
        } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
            int oh = digits(s, i + 1, 2);
            int om = digits(s, i + 4, 2);
            if (oh < 0 || om < 0 || om > 59 || oh * 60 + om > 18 * 60) return null;
            offsetSeconds = (oh * 3600 + om * 60) * (s.charAt(i) == '-' ? -1 : 1);
        } else {
            return null;
        }
        if (day > Month.of(month).length(Year.isLeap(year))) return null;
        long days = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(days * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds, nanos);
    }

    /** The number written with count ASCII digits at from, or -1. */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static Instant parseRfc822(String s) {
        Instant read = Rfc822Dates.parse(s); // fast, and lenient about real-world variants
        if (read != null) return read;
        // The weekday adds nothing and is often wrong in the wild, which java.time rejects.
        int comma = s.indexOf(',');
        if (comma >= 0 && comma <= 9) s = s.substring(comma + 1).strip();
        s = s.replaceAll("\\s+", " ");
        int lastSpace = s.lastIndexOf(' ');
        if (lastSpace > 0) {
            String zone = ZONE_NAMES.get(s.substring(lastSpace + 1).toUpperCase(Locale.ROOT));
            if (zone != null) s = s.substring(0, lastSpace + 1) + zone;
        }
        return OffsetDateTime.from(RFC_822.parse(s)).toInstant();
    }
}
