package dev.gazette.source;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads a {@code Retry-After} header (RFC 9110 10.2.3): a number of seconds or an HTTP date.
 * A value in the past means now; one that cannot be read is ignored. A wait longer than a
 * day is cut to a day, so a misconfigured server cannot silence a feed for ever.
 */
final class RetryAfter {
    static final Duration LONGEST = Duration.ofDays(1);

    private RetryAfter() { }

    static Optional<Instant> parse(String header, Instant now) {
        if (header == null || header.isBlank()) return Optional.empty();
        String v = header.strip();
        Instant at;
        if (v.chars().allMatch(Character::isDigit)) {
            long seconds = v.length() > 9 ? LONGEST.toSeconds() : Long.parseLong(v);
            at = now.plusSeconds(seconds);
        } else {
            try {
                at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        if (at.isBefore(now)) at = now;
        Instant latest = now.plus(LONGEST);
        return Optional.of(at.isAfter(latest) ? latest : at);
    }

    /** "retry after 120 s": the whole seconds left until at, rounded up. */
    static String text(Instant at, Instant now) {
        long ms = Duration.between(now, at).toMillis();
        long seconds = Math.max(0, (ms + 999) / 1000);
        return "retry after " + seconds + " s";
    }
}
