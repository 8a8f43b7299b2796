package dev.gazette.feed;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import dev.gazette.feed.xml.XmlFeedReader;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Loads a feed file (DESIGN 5): JSON Feed, RSS or Atom, told apart by content, not by the
 * file name ({@link TextSniffer}). It streams: the file is read once, item by item,
 * bodies are stored compactly ({@link ContentStore}) or, for the reader, left in a big file
 * until opened ({@link FileText}), and a listener can follow along, so a feed of hundreds of
 * megabytes loads in about a second in a fraction of its size.
 *
 * <p>Anything that makes the file unreadable is a {@link FeedException} with one line that
 * names the file (and the line and column for bad JSON or XML); no other exception escapes.
 * Anything wrong inside a readable feed is repaired or skipped, counted, and listed in
 * {@link Feed#problems()} for --check.
 */
public final class FeedLoader {
    /** A JSON Feed nests three or four levels; this leaves room for extensions and stops absurd input. */
    static final int NESTING_LIMIT = 64;

    private static final int BUFFER = 1 << 16;

    private FeedLoader() { }

    /** Loads the feed at file. */
    public static Feed load(Path file) throws FeedException {
        return load(file, LoadListener.NONE);
    }

    /** Loads the feed at file, telling listener (may be null) how far it has got. */
    public static Feed load(Path file, LoadListener listener) throws FeedException {
        return load(file, listener, null);
    }

    /**
     * Loads the feed at file, a copy of the feed published at location (the URL it was
     * fetched from, or null): RSS and Atom links that are relative are resolved against it
     * (after xml:base), as they are in the published feed.
     */
    public static Feed load(Path file, LoadListener listener, String location) throws FeedException {
        return load(file, listener, location, false);
    }

    /**
     * As {@link #load(Path, LoadListener, String)}; with bodiesInFile, the bodies of a big
     * UTF-8 file (decoded ahead) are not kept in memory but read from the file again when an
     * article is opened, which then fails with {@link FileText.Unavailable} if the file
     * changed. What such a body holds (control characters, a cut) is then not among the
     * load's problems: --check keeps every body.
     */
    public static Feed load(Path file, LoadListener listener, String location, boolean bodiesInFile)
            throws FeedException {
        Objects.requireNonNull(file, "file");
        String name = file.toString();
        LoadListener to = listener == null ? LoadListener.NONE : listener;
        try {
            // A control character XML forbids (a form feed pasted into a post) or an & that
            // begins no reference ("R&D") stops a strict parser; such a file is read again,
            // repairing them, as other readers do. Only then: looking costs every character a
            // comparison. A pipe cannot be read again, so it is repaired on its one reading.
            boolean again = Files.isRegularFile(file);
            try {
                return read(file, to, location, bodiesInFile, !again);
            } catch (FeedFormatException e) {
                if (!e.isRepairable() || !again) throw e;
                to.restarting();
                return read(file, to, location, bodiesInFile, true);
            }
        } catch (FeedFormatException e) {
            throw new FeedException(e.format(name), e);
        } catch (NoSuchFileException e) {
            throw new FeedException(noSuchFile(name), e);
        } catch (AccessDeniedException e) {
            throw new FeedException(name + ": permission denied", e);
        } catch (FileSystemException e) {
            throw new FeedException(name + ": " + reason(e), e);
        } catch (InterruptedIOException e) {
            throw new FeedException(name + ": loading interrupted", e);
        } catch (IOException e) {
            if (JsonSyntaxErrors.isSyntaxError(e)) {
                // Only a regular file can be read again to explain the error: a pipe would block.
                Path again = Files.isRegularFile(file) ? file : null;
                throw new FeedException(JsonSyntaxErrors.describe(e, again).format(name), e);
            }
            throw new FeedException(name + ": read error: " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            // Not expected (nothing here recurses on the input), but never let one escape.
            throw new FeedException(name + ": nesting too deep", e);
        } catch (RuntimeException e) {
            throw new FeedException(name + ": cannot be read (internal error: " + e + ")", e);
        }
    }

    /**
     * "NAME: no such file", with a hint when NAME is a web address without its scheme
     * ("example.com/feed.xml", "127.0.0.1:8765/f.xml"), which a shell user types at times,
     * or an address of another kind ("mailto:…"), which an OPML file or a copy may give.
     */
    public static String noSuchFile(String name) {
        String host = "(?i)(localhost|[a-z0-9-]+(\\.[a-z0-9-]+)+)";
        if (name.matches(host + "(:\\d+)?/.*") || name.matches(host + ":\\d+") || name.matches("(?i)www\\..+")) {
            return name + ": no such file (a URL starts with http:// or https://)";
        }
        if (name.matches("(?i)(mailto|javascript|data|tel|news|irc|gopher):.*")) {
            return name + ": no such file (only http and https URLs are fetched)";
        }
        return name + ": no such file";
    }

    private static Feed read(Path file, LoadListener listener, String location, boolean bodiesInFile,
                             boolean repair)
            throws IOException, FeedFormatException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (attributes.isDirectory()) throw new FeedFormatException("is a directory");
        long total = attributes.isRegularFile() ? attributes.size() : -1; // a pipe has no size
        try (InputStream raw = open(file, attributes);
             ContentStore bodies = new ContentStore();
             ReadAhead ahead = ReadAhead.forSize(total)) {
            CountingInputStream counted = new CountingInputStream(new BufferedInputStream(raw, BUFFER));
            // Read the head once and then put it back in front of the rest, so that pipes work too.
            byte[] head = counted.readNBytes(TextSniffer.HEAD);
            boolean wholeFile = head.length < TextSniffer.HEAD;
            String notText = TextSniffer.check(head, wholeFile);
            if (notText != null) throw new FeedFormatException(notText);
            Progress progress = new Progress(listener, counted::count, total);
            Feed inFileOrder = switch (TextSniffer.format(head)) {
                case HTML -> throw new FeedFormatException(TextSniffer.Format.HTML.words() + ", not a feed");
                case TEXT -> throw new FeedFormatException(TextSniffer.Format.TEXT.words() + ", not a feed (a feed is JSON or XML)");
                case XML -> XmlFeedReader.read(head, wholeFile, counted, location, ahead, bodies, listener, progress,
                        bodiesInFile && attributes.isRegularFile()
                                ? start -> new FileText(file, attributes, start) : null, repair);
                case JSON -> readJson(head, wholeFile, counted, ahead, bodies, listener, progress,
                        bodiesInFile && attributes.isRegularFile() ? file : null, attributes);
            };
            return new Feed(inFileOrder.title(), inFileOrder.homePageUrl(), inFileOrder.feedUrl(),
                    inFileOrder.description(), ArticleOrder.newestFirst(inFileOrder.articles()),
                    inFileOrder.problems(), inFileOrder.skippedItems(), inFileOrder.repairedItems());
        }
    }

    /** @param bodiesFrom the regular file to leave bodies in, when that is wanted; else null */
    private static Feed readJson(byte[] head, boolean wholeFile, InputStream rest, ReadAhead ahead,
                                 ContentStore bodies, LoadListener listener, Progress progress, Path bodiesFrom,
                                 BasicFileAttributes attributes)
            throws IOException, FeedFormatException {
        String notUtf8 = TextSniffer.notUtf8(head);
        if (notUtf8 != null) throw new FeedFormatException(notUtf8);
        int bom = TextSniffer.utf8BomLength(head);
        boolean singleByte = !Utf8Decoder.mostlyUtf8(head, bom, wholeFile);
        InputStream body = new SequenceInputStream(new ByteArrayInputStream(head, bom, head.length - bom), rest);
        // Bodies stay in the file only for a big one (decoded ahead), with Gson's place readable.
        FileText fileText = bodiesFrom != null && ahead.decodesAhead() && JsonPositions.offsetsKnown()
                ? new FileText(bodiesFrom, attributes, bom) : null;
        Utf8Decoder decoded = fileText != null ? fileText.decoder(body) : new Utf8Decoder(body, bom, null);
        // Gson reads 1 KB at a time: from the read-ahead's chunks, or through a buffer.
        Reader text = ahead.decodesAhead() ? ahead.reader(decoded) : new BufferedReader(decoded, BUFFER);
        JsonReader json = new JsonReader(text);
        // JSON Feed is JSON: comments, single quotes, unquoted words and trailing text are
        // errors. LEGACY_STRICT rejects all of those like STRICT does, but lets a raw tab or
        // newline inside a string pass (sloppy feeds have them; the text package strips
        // control characters anyway), where STRICT would fail the whole feed with a wrong
        // position, and would call a truncated file a control-character error.
        json.setStrictness(Strictness.LEGACY_STRICT);
        json.setNestingLimit(NESTING_LIMIT);    // Gson is iterative; this bounds its stack of scopes
        JsonFileBodies inFile = fileText == null ? null : new JsonFileBodies(fileText, ahead::charsRead);
        Feed feed = new JsonFeedReader(json, bodies, inFile, listener, progress).read();
        String strayBytes = decoded.problem(singleByte);
        if (strayBytes == null) return feed;
        List<Problem> problems = new ArrayList<>(feed.problems());
        problems.add(new Problem(0, 0, strayBytes));
        return new Feed(feed.title(), feed.homePageUrl(), feed.feedUrl(), feed.description(), feed.articles(),
                problems, feed.skippedItems(), feed.repairedItems());
    }

    /**
     * A regular file through NIO (whose errors say "no such file" or "permission denied"
     * precisely); anything else (a named pipe, a device) through FileInputStream, because
     * the NIO stream's available() seeks and fails on a pipe with "Illegal seek".
     */
    private static InputStream open(Path file, BasicFileAttributes attributes) throws IOException {
        return attributes.isRegularFile() ? Files.newInputStream(file) : new FileInputStream(file.toFile());
    }

    /** "not a directory", from "Not a directory" (the operating system's words). */
    private static String reason(FileSystemException e) {
        String r = e.getReason();
        if (r == null || r.isBlank()) return "cannot be opened";
        return r.substring(0, 1).toLowerCase(Locale.ROOT) + r.substring(1);
    }
}
