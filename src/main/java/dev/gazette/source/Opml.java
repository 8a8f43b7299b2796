package dev.gazette.source;

import dev.gazette.feed.CleanText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * OPML, the format feed readers exchange subscription lists in: import into the feeds file
 * ({@code --import-opml}) and export of the sources as OPML 2.0 ({@code --export-opml}).
 */
public final class Opml {
    private Opml() { }

    /**
     * Adds the feeds of opmlFile to the end of feedsFile (created, with its folder, if
     * missing), skipping every feed the feeds file already has and every repeat within the
     * OPML file. Categories become tags and an outline's title becomes {@code "~Title"}.
     *
     * @return how many feeds were added (0 leaves the feeds file untouched)
     */
    /**
     * What an import did: the feeds added, those the feeds file had already, the outlines that
     * repeated a feed the same OPML listed before them (not added again), and a line for each
     * outline that could not be a feed (a "mailto:" URL, a relative path).
     */
    public record Imported(int added, int known, int repeats, List<String> skipped) { }

    public static Imported importInto(Path feedsFile, Path opmlFile) throws SourceException {
        OpmlReader.Outlines outlines = OpmlReader.read(opmlFile, feedsFile);
        List<Source> offered = outlines.feeds();
        Set<String> known = new HashSet<>();
        if (feedsFile.toFile().exists()) {
            for (Source s : FeedsFile.read(feedsFile).sources()) known.add(FeedsFile.key(s));
        }
        Set<String> inTheFile = Set.copyOf(known);
        List<Source> added = new ArrayList<>();
        Set<String> there = new HashSet<>();   // an OPML file may list a feed twice: it counts once
        int repeats = 0;
        for (Source s : offered) {
            String key = FeedsFile.key(s);
            if (inTheFile.contains(key)) there.add(key);
            else if (known.add(key)) added.add(s);
            else repeats++;
        }
        if (!added.isEmpty()) {
            FeedsFile.append(feedsFile, "imported from " + opmlFile.getFileName(), added);
        }
        return new Imported(added.size(), there.size(), repeats, outlines.skipped());
    }

    /** The sources as an OPML 2.0 document, one outline each, with its tags as categories. */
    public static String export(List<? extends Source> sources) {
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<opml version=\"2.0\">\n");
        out.append("  <head>\n    <title>Gazette feeds</title>\n  </head>\n");
        out.append("  <body>\n");
        for (Source s : sources) {
            String url = s instanceof UrlSource u ? u.url().toString() : ((FileSource) s).path().toAbsolutePath().toUri().toString();
            String text = s.title().map(CleanText::line).orElse(url);
            out.append("    <outline type=\"rss\"");
            attribute(out, "text", text);
            s.title().ifPresent(t -> attribute(out, "title", CleanText.line(t)));
            attribute(out, "xmlUrl", url);
            if (!s.tags().isEmpty()) {
                List<String> categories = new ArrayList<>();
                for (String tag : s.tags()) categories.add("/" + CleanText.line(tag).replace(",", " "));
                attribute(out, "category", String.join(",", categories));
            }
            out.append("/>\n");
        }
        out.append("  </body>\n</opml>\n");
        return out.toString();
    }

    private static void attribute(StringBuilder out, String name, String value) {
        out.append(' ').append(name).append("=\"").append(escape(value)).append('"');
    }

    /** Escapes text for an XML attribute, dropping what XML 1.0 cannot hold at all. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\t' -> b.append("&#9;");
                case '\n' -> b.append("&#10;");
                case '\r' -> b.append("&#13;");
                default -> {
                    boolean allowed = c >= 0x20 && c != 0xFFFE && c != 0xFFFF && !(c >= 0xD800 && c <= 0xDFFF);
                    if (allowed) b.appendCodePoint(c);
                }
            }
        });
        return b.toString();
    }
}
