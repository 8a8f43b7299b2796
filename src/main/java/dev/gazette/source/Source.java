package dev.gazette.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a feed comes from: a file ({@link FileSource}) or an http(s) URL ({@link UrlSource}).
 * A source named in the feeds file may carry a title and tags (newsboat's {@code "~Title"}).
 */
public sealed interface Source permits FileSource, UrlSource {

    /** The title given in the feeds file, if any; the feed's own title is used otherwise. */
    Optional<String> title();

    /** The tags given in the feeds file (newsboat style), without the title tag. */
    List<String> tags();

    /**
     * Hidden from the feeds screen, as newsboat hides a feed with a tag that starts with
     * {@code "!"} from its feed list (its {@code RssFeed::hidden}); its articles still show in
     * All articles, as newsboat's still show in its query feeds. The tag stays a tag.
     */
    default boolean hidden() {
        return tags().stream().anyMatch(tag -> tag.startsWith("!"));
    }

    /** The source as the user would write it: the path or the URL. */
    String display();

    /** The same source with a title and tags from the feeds file. */
    Source withLabels(Optional<String> title, List<String> tags);

    /**
     * Reads one command-line word: {@code http://} and {@code https://} words are URLs,
     * {@code file:} URLs are files (newsboat's urls files use them), any other
     * {@code scheme://} is refused, and everything else is a path.
     */
    static Source parse(String word) throws SourceException {
        if (word == null || word.isBlank()) throw new SourceException("an empty source: give a feed file or an http(s) URL");
        // A scheme at the start of the word (RFC 3986: a letter, then letters, digits, + - .).
        Matcher m = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):(.*)$", Pattern.DOTALL).matcher(word);
        if (m.matches()) {
            String scheme = m.group(1).toLowerCase(Locale.ROOT);
            String rest = m.group(2);
            if (scheme.equals("http") || scheme.equals("https")) return new UrlSource(url(word));
            // feed://host/x and feed:https://host/x, as old OPML files and browsers' links give them.
            if (scheme.equals("feed") && rest.matches("(?i)//https?://.*")) return new UrlSource(url(rest.substring(2)));
            if (scheme.equals("feed") && rest.startsWith("//")) return new UrlSource(url("http:" + rest));
            if (scheme.equals("feed") && rest.toLowerCase(Locale.ROOT).startsWith("http")) return new UrlSource(url(rest));
            if (scheme.equals("file") && rest.startsWith("/")) return new FileSource(fileUrl(word));
            if (rest.startsWith("//")) throw new SourceException(word + ": only http and https URLs can be fetched");
            // Otherwise a file name with a colon in it, such as notes:2025.json.
        }
        try {
            return new FileSource(Path.of(word));
        } catch (InvalidPathException e) {
            throw new SourceException(PathNames.whyInvalid(word, e));
        }
    }

    /** Checks and normalises an http(s) URL: scheme and host in lower case, a host required. */
    static URI url(String word) throws SourceException {
        URI uri;
        try {
            uri = new URI(word.strip());
        } catch (URISyntaxException e) {
            throw new SourceException(word + ": not a valid URL (" + e.getReason().toLowerCase(Locale.ROOT) + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new SourceException(word + ": only http and https URLs can be fetched");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new SourceException(word + ": a URL needs a host name");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            throw new SourceException(word + ": not a valid URL (port " + uri.getPort() + " is out of range: 1 to 65535)");
        }
        try {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return new URI(scheme + "://" + (uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo() + "@")
                    + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() == -1 ? "" : ":" + uri.getPort())
                    + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment()));
        } catch (URISyntaxException e) {
            throw new SourceException(word + ": not a valid URL (" + e.getReason() + ")");
        }
    }

    private static Path fileUrl(String word) throws SourceException {
        try {
            URI uri = new URI(word);
            // "file://localhost/x" names this machine's /x (RFC 8089); Path.of takes no host at all.
            if ("localhost".equalsIgnoreCase(uri.getHost())) uri = new URI("file", null, uri.getPath(), null);
            return Path.of(uri);
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new SourceException(word + ": not a valid file URL");
        }
    }
}
