package dev.gazette.feed;

import com.google.gson.stream.MalformedJsonException;
import dev.gazette.feed.JsonPositions.Position;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns Gson's syntax exceptions into one-line messages that point at the offending
 * character. Gson reports most errors just after the character it consumed (one column
 * too far) but some at it, and in strict mode says only "Use JsonReader.setStrictness..."
 * for comments, single quotes, unquoted words and stray commas; for that case the file is
 * read again up to the position to see which character it was (error path only).
 */
final class JsonSyntaxErrors {
    private JsonSyntaxErrors() { }

    /** True for the exceptions Gson throws for bad JSON (as opposed to read errors). */
    static boolean isSyntaxError(IOException e) {
        return e instanceof MalformedJsonException
                || (e instanceof EOFException && JsonPositions.parse(e.getMessage()).known());
    }

    /**
     * The error at a position, with its message.
     *
     * @param source the file, read again to explain strictness errors; null when it cannot
     *               be read again (a pipe)
     */
    static FeedFormatException describe(IOException e, Path source) {
        String message = firstLine(e.getMessage());
        Position at = JsonPositions.parse(message);
        String gson = JsonPositions.withoutLocation(message);
        if (e instanceof EOFException) return invalid(at, "the file ends too soon");
        if (gson.startsWith("Nesting limit")) {
            return new FeedFormatException(at.shift(-1),
                    "nesting too deep (more than " + FeedLoader.NESTING_LIMIT + " levels)");
        }
        if (gson.startsWith("Use JsonReader.setStrictness")) return notStrict(at, source);
        if (gson.startsWith("Expected ':'")) return invalid(at.shift(-1), "expected ':'");
        if (gson.startsWith("Expected name")) return invalid(at.shift(-1), "expected a property name in double quotes");
        if (gson.startsWith("Unterminated object")) return invalid(at.shift(-1), "expected ',' or '}'");
        if (gson.startsWith("Unterminated array")) return invalid(at.shift(-1), "expected ',' or ']'");
        // Gson says so only at the end of the file, which is where it places the error.
        if (gson.startsWith("Unterminated string") || gson.startsWith("Unterminated escape")) {
            Position start = openStringStart(source);
            return invalid(at, "the file ends too soon, inside a string"
                    + (start.known() ? " that starts at " + start.line() + ":" + start.column() : ""));
        }
        if (gson.startsWith("Invalid escape")) return invalid(at.shift(-1), "invalid escape sequence in a string");
        if (gson.startsWith("Malformed Unicode escape")) return invalid(at.shift(-1), "invalid \\u escape in a string");
        if (gson.startsWith("Expected value")) return invalid(at, "expected a value");
        if (gson.startsWith("Unexpected value")) return invalid(at.shift(-1), "expected a value");
        return invalid(at, lowerFirst(gson));
    }

    /**
     * The text after the end of the feed object is not whitespace. Gson reports it one
     * column after its first character.
     */
    static FeedFormatException trailingData(MalformedJsonException e) {
        return invalid(JsonPositions.parse(firstLine(e.getMessage())).shift(-1),
                "unexpected text after the end of the feed object");
    }

    /**
     * A strictness error: after a consumed character (a quote, slash, comma, bracket, the
     * first letter of an unquoted name), or at the start of an unquoted value (a word or
     * a malformed number), which follows whitespace, ':', '[' or a ',' that ends a value.
     */
    private static FeedFormatException notStrict(Position at, Path source) {
        Around around = charsAround(source, at);
        char before = around.before();
        char a = around.a();
        char b = around.b();
        boolean atValueStart = startsUnquotedValue(b)
                && (a == 0 || Character.isWhitespace(a) || a == ':' || a == '['
                    || (a == ',' && before != ',' && before != '['));
        if (atValueStart && cutValue(around.rest())) {
            String word = around.rest().strip();   // placed where it ends, as the other cuts are
            return invalid(at.shift(word.length()), "the file ends too soon, after \"" + word + "\"");
        }
        return atValueStart ? invalid(at, explain(b)) : invalid(at.shift(-1), explain(a));
    }

    /**
     * A true, false or null, or a number, that the end of the file cut short ("tru", "-",
     * "12.", "1e+", maybe with a line break after it): Gson takes it for unquoted text or a
     * malformed number.
     */
    private static boolean cutValue(String rest) {
        if (rest.length() >= Around.REST) return false;   // REST characters: the file went on
        String word = rest.stripTrailing();
        if (word.isEmpty()) return false;
        for (String literal : new String[] {"true", "false", "null"}) {
            if (literal.startsWith(word) && !literal.equals(word)) return true;
        }
        return NUMBER_START.matcher(word).matches() && !NUMBER.matcher(word).matches();
    }

    /** A JSON number cut short: "-", "12.", "1e", "1.5E+" (RFC 8259, section 6). */
    private static final Pattern NUMBER_START = Pattern.compile("-|-?(0|[1-9][0-9]*)(\\.|(\\.[0-9]+)?([eE][+-]?[0-9]*)?)");
    /** A whole JSON number. */
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private static boolean startsUnquotedValue(char c) {
        return c != 0 && !Character.isWhitespace(c) && "{}[]:,\"'/#;=".indexOf(c) < 0;
    }

    private static String explain(char c) {
        if (c == 0) return "not strict JSON (a comment, single quote, unquoted text or extra comma?)";
        if (c == '\'') return "single quotes are not allowed (JSON strings use double quotes)";
        if (c == '/' || c == '#') return "comments are not allowed in JSON";
        if (c == ',') return "unexpected ','";
        if (c == ']' || c == '}') return "unexpected '" + c + "' (a comma before it?)";
        if (Character.isLetter(c)) return "unexpected '" + c + "' (text must be in double quotes)";
        if (Character.isDigit(c) || c == '-' || c == '+' || c == '.') return "invalid number";
        if (c < 0x20 || (c >= 0x7f && c <= 0xa0) || Character.isWhitespace(c)) {
            return String.format(Locale.ROOT, "unexpected character U+%04X", (int) c);
        }
        return "unexpected '" + c + "'";
    }

    /**
     * The characters around a position: {@code a} at column-1 and {@code b} at column of the
     * line, {@code before} the last non-whitespace character before {@code a}, and {@code rest}
     * the text from {@code b} on, at most {@link #REST} characters (fewer where the file ends).
     * Each character is 0, and rest empty, when it is not there or the file cannot be read
     * again (a pipe).
     */
    record Around(char before, char a, char b, String rest) {
        static final int REST = 32;
        static final Around NONE = new Around((char) 0, (char) 0, (char) 0, "");
    }

    static Around charsAround(Path source, Position at) {
        if (!at.known()) return Around.NONE;
        char[] found = new char[3];   // before, a, b
        StringBuilder rest = new StringBuilder();
        char[] previous = {0};        // the last character that is not whitespace
        boolean read = walk(source, (c, line, column) -> {
            if (rest.length() > 0) {
                rest.append((char) c);
                return rest.length() < Around.REST;
            }
            if (line > at.line()) return false;
            if (line == at.line() && column == at.column() - 1) {
                found[0] = previous[0];
                found[1] = (char) c;
            }
            if (line == at.line() && column == at.column()) {
                found[2] = (char) c;
                rest.append((char) c);
                return rest.length() < Around.REST;
            }
            if (!Character.isWhitespace(c)) previous[0] = (char) c;
            return true;
        });
        return read ? new Around(found[0], found[1], found[2], rest.toString()) : Around.NONE;
    }

    /**
     * Where the string that the end of the file cut starts (its opening quote), line and
     * column counted as Gson counts them: the end of the file alone is a place with nothing
     * to see. UNKNOWN when the file cannot be read again or ends outside a string.
     */
    static Position openStringStart(Path source) {
        boolean[] state = new boolean[2];   // in a string, after a backslash in it
        Position[] start = {Position.UNKNOWN};
        boolean read = walk(source, (c, line, column) -> {
            if (state[0]) {
                if (state[1]) state[1] = false;
                else if (c == '\\') state[1] = true;
                else if (c == '"') state[0] = false;
            } else if (c == '"') {
                state[0] = true;
                start[0] = new Position(line, column);
            }
            return true;
        });
        return read && state[0] ? start[0] : Position.UNKNOWN;
    }

    /** Sees one character of a file read again, at its line and column; false stops the reading. */
    private interface CharVisitor {
        boolean visit(int c, int line, int column);
    }

    /**
     * Reads the file again as Gson read it (UTF-8, the byte order mark left out, lines counted
     * at '\n'), character by character; false when there is no file to read (a pipe) or it
     * cannot be read.
     */
    private static boolean walk(Path source, CharVisitor visitor) {
        if (source == null) return false;
        try (Reader in = new BufferedReader(new InputStreamReader(Files.newInputStream(source), StandardCharsets.UTF_8))) {
            int line = 1;
            int column = 1;
            int c = in.read();
            if (c == '\uFEFF') c = in.read();   // the loader strips the BOM before Gson sees it
            for (; c >= 0; c = in.read()) {
                if (!visitor.visit(c, line, column)) break;
                if (c == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            return true;
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    private static FeedFormatException invalid(Position at, String what) {
        return new FeedFormatException(at, "invalid JSON: " + what);
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
