package dev.gazette.feed.xml;

/**
 * Podcast durations ({@code itunes:duration}, {@code media:content duration}) in seconds:
 * "3600", "59:07", "1:02:03", with an optional fraction ("1834.5") rounded.
 */
final class Durations {
    private static final long MAX_SECONDS = 10L * 365 * 24 * 3600;

    private Durations() { }

    /** The seconds the text names, or null when it is not a duration. */
    static Long parse(String text) {
        if (text == null) return null;
        String s = text.strip();
        if (s.isEmpty()) return null;
        String[] parts = s.split(":", -1);
        if (parts.length > 3) return null;
        double total = 0;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.isEmpty() || !isNumber(p, i == parts.length - 1)) return null;
            double v = Double.parseDouble(p);
            if (i > 0 && v >= 60) return null; // "1:75" is not a time
            total = total * 60 + v;
        }
        if (total > MAX_SECONDS) return null;
        return Math.round(total);
    }

    private static boolean isNumber(String p, boolean fractionAllowed) {
        boolean dot = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '.' && fractionAllowed && !dot && i > 0) dot = true;
            else if (c < '0' || c > '9') return false;
        }
        return p.length() <= 12;
    }
}
