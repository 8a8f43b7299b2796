package dev.gazette.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of a feeds file into words the way newsboat reads its {@code urls} file:
 * words are separated by blanks; a word in double quotes may hold blanks, and inside the
 * quotes a backslash escapes the next character; a {@code #} that starts a word outside
 * quotes starts a comment that runs to the end of the line. Also writes words back so
 * that this reader, and newsboat, read them as they were.
 */
final class FeedsLine {
    private FeedsLine() { }

    /** The words of line; an unclosed quote runs to the end of the line. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '#') break;
            StringBuilder word = new StringBuilder();
            boolean quoted = false;
            while (i < n) {
                c = line.charAt(i);
                if (quoted) {
                    if (c == '\\' && i + 1 < n) {
                        word.append(line.charAt(i + 1));
                        i += 2;
                        continue;
                    }
                    if (c == '"') quoted = false;
                    else word.append(c);
                } else {
                    if (Character.isWhitespace(c)) break;
                    if (c == '"') quoted = true;
                    else word.append(c);
                }
                i++;
            }
            words.add(word.toString());
        }
        return words;
    }

    /** The word as it must be written to be read back whole. */
    static String quote(String word) {
        boolean plain = !word.isEmpty() && !word.startsWith("#")
                && word.chars().noneMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\\');
        if (plain) return word;
        return '"' + word.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** A feeds-file line for source: its URL or path, its tags, then {@code "~Title"} if it has one. */
    static String format(Source source) {
        StringBuilder line = new StringBuilder(quote(source instanceof UrlSource u ? u.url().toString()
                : ((FileSource) source).path().toString()));
        for (String tag : source.tags()) line.append(' ').append(quote(tag));
        source.title().ifPresent(t -> line.append(' ').append('"').append('~')
                .append(t.replace("\\", "\\\\").replace("\"", "\\\"")).append('"'));
        return line.toString();
    }
}
