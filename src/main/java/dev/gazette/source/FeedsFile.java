package dev.gazette.source;

import dev.gazette.feed.TextSniffer;
import dev.gazette.files.FileErrors;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The feeds file (DESIGN 5): one source a line, {@code #} comments, blank lines ignored.
 * newsboat's {@code urls} file reads as it is: a URL, then tags, quoted when they hold
 * blanks, of which {@code "~Title"} gives the feed's title; newsboat's own kinds of line
 * ({@code query:}, {@code exec:}, {@code filter:}) are skipped with a note. A path that is
 * not absolute is read against the feeds file's folder, and {@code ~/} means the home folder.
 */
public final class FeedsFile {
    private static final List<String> NEWSBOAT_SPECIALS = List.of("query:", "exec:", "filter:");

    private FeedsFile() { }

    /** {@code $XDG_CONFIG_HOME/gazette/feeds}, else {@code ~/.config/gazette/feeds}. */
    public static Path defaultLocation(Map<String, String> env) {
        return XdgDirs.config(env).resolve("feeds");
    }

    /** Reads the feeds file; a file that cannot be read at all is a {@link SourceException}. */
    public static FeedList read(Path file) throws SourceException {
        String text = readText(file);
        FeedList list = parse(file, text);
        if (text.indexOf('\uFFFD') < 0) return list;
        // Bytes that are not UTF-8 (a file saved as Latin-1): the lines still read, and say so.
        List<String> notes = new ArrayList<>();
        notes.add(file + ": not UTF-8 text; the bytes that are not show as \uFFFD (save the file as UTF-8)");
        notes.addAll(list.notes());
        return new FeedList(list.sources(), notes);
    }

    static FeedList parse(Path file, String text) {
        List<Source> sources = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        // A byte order mark (Windows editors write one) is not part of the first line's path.
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String where = file + ":" + (i + 1) + ": ";
            List<String> words = FeedsLine.words(lines[i]);
            if (words.isEmpty()) continue;
            String first = words.get(0);
            Optional<String> special = NEWSBOAT_SPECIALS.stream()
                    .filter(p -> first.toLowerCase(Locale.ROOT).startsWith(p)).findFirst();
            if (special.isPresent()) {
                notes.add(where + "newsboat " + special.get() + " line skipped (Gazette has no "
                        + special.get().replace(":", "") + " feeds)");
                continue;
            }
            Source source;
            try {
                source = resolve(Source.parse(first), file);
            } catch (SourceException e) {
                notes.add(where + e.getMessage() + "; line skipped");
                continue;
            }
            if (!seen.add(key(source))) {
                notes.add(where + source.display() + " is listed twice; the later line is skipped");
                continue;
            }
            sources.add(labelled(source, words.subList(1, words.size())));
        }
        return new FeedList(sources, notes);
    }

    /**
     * Adds sources at the end of the feeds file, after a comment line, creating the file and
     * its folder if missing. The file is replaced whole (a temporary file renamed over it)
     * so that a crash leaves the old file or the new one, never half of one.
     */
    public static void append(Path file, String comment, List<? extends Source> sources) throws SourceException {
        String old = Files.exists(file) ? readText(file) : "";
        StringBuilder text = new StringBuilder(old);
        if (!old.isEmpty() && !old.endsWith("\n")) text.append('\n');
        if (comment != null && !comment.isBlank()) text.append("# ").append(SourceException.oneLine(comment)).append('\n');
        for (Source s : sources) text.append(FeedsLine.format(s)).append('\n');
        try {
            AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SourceException(file + ": cannot be written (" + FileErrors.reason(e) + ")", e);
        }
    }

    /** What makes two sources the same feed: the URL as normalised by {@link Source#url}, or the normalised path. */
    public static String key(Source source) {
        if (source instanceof UrlSource u) return "url " + u.url();
        return "file " + ((FileSource) source).path().toAbsolutePath().normalize();
    }

    private static Source resolve(Source source, Path feedsFile) {
        if (!(source instanceof FileSource f)) return source;
        String raw = f.path().toString();
        if (raw.equals("~") || raw.startsWith("~/")) {
            // $HOME, as the shell reads "~"; the JVM's user.home comes from the password file.
            String home = System.getenv("HOME");
            if (home == null || home.isBlank()) home = System.getProperty("user.home");
            return new FileSource(Path.of(home).resolve(raw.substring(Math.min(2, raw.length()))));
        }
        if (f.path().isAbsolute()) return f;
        Path folder = feedsFile.toAbsolutePath().getParent();
        return new FileSource(folder == null ? f.path() : folder.resolve(f.path()).normalize());
    }

    private static Source labelled(Source source, List<String> words) {
        Optional<String> title = Optional.empty();
        List<String> tags = new ArrayList<>();
        for (String w : words) {
            if (w.startsWith("~")) {
                if (w.length() > 1) title = Optional.of(w.substring(1));
            } else if (!w.isEmpty()) {
                tags.add(w);
            }
        }
        return source.withLabels(title, tags);
    }

    /**
     * The file as text; one that is not text at all (binary data, UTF-32) is refused in one
     * line, where its bytes read as lines gave a screenful of skipped "sources".
     */
    static String readText(Path file) throws SourceException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, TextSniffer.HEAD));
            String notText = bytes.length == 0 ? null : TextSniffer.check(head, bytes.length <= TextSniffer.HEAD);
            if (notText == null && TextSniffer.utf16(head) != null) notText = "UTF-16 text; a feeds file is UTF-8";
            if (notText != null) throw new SourceException(file + ": " + notText);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IOException e) {
            throw IoText.unreadable(file, e);
        }
    }
}
