import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * Writes the benchmark feeds: OUTDIR/feed-N.json (JSON Feed 1.1) and OUTDIR/feed-N.rss
 * (RSS 2.0, the same items) for N = 1,000, 10,000 and 100,000 (or the sizes given after
 * OUTDIR). Run with the JDK's source launcher, no build needed:
 *
 * <pre>java bench/GenerateFeeds.java bench/out [1000 10000 100000]</pre>
 *
 * With {@code --small} first it writes OUTDIR/small-N.json and small-N.rss instead: the same
 * titles, ids, links, authors, tags and dates, but a body of one short sentence (about 400
 * bytes an item in the file), for the "a million small items" figure:
 *
 * <pre>java bench/GenerateFeeds.java --small bench/out 1000000</pre>
 *
 * Deterministic: item i is made from its own fixed seed, so every run, and every size,
 * gives the same bytes (the 1,000-item feed is the first 1,000 items of the larger ones).
 * Item 1 is the newest; dates go strictly down, so "newest first" and file order agree.
 * Every title starts with the item's number ("#000101 ..."), so a screen shows which item
 * is where; the last (oldest) item of feed-N is "#N" (e.g. "#100000"). Each item is about
 * 2 KB in the file, most of it HTML (paragraphs, links, emphasis, a list, a quote; about
 * 1.7 KB); the 100,000-item JSON file is about 205 MB, the 10,000-item RSS file about 21 MB. Files are streamed out, so memory stays small. A file whose stamp
 * (OUTDIR/.feed-N.stamp: generator version, item count and byte sizes) still matches is
 * not written again.
 */
public final class GenerateFeeds {
    static final String VERSION = "gazette-bench-feeds/4";
    static final long SEED = 0x6A2E77E5EEDL;
    /** Item 1's date; each older item is 1 to 61 minutes earlier. */
    static final Instant NEWEST = Instant.parse("2025-06-30T18:00:00Z");

    static final String[] SUBJECTS = {
        "City council", "Central bank", "Rail operator", "University researchers", "The health ministry",
        "Local fishermen", "A start-up in Zürich", "The port authority", "Wine growers", "Climate scientists",
        "The football federation", "Museum curators", "Farmers in Provence", "Tokyo's 日本 design studio",
        "A café owner", "The opposition party", "Open-source developers", "Airline pilots", "Teachers' unions",
        "Engineers at CERN", "The Société Générale board", "São Paulo's mayor", "Volunteers", "The EU Commission",
        "Astronomers", "Hospital staff", "A Kraków bakery", "Energy regulators", "Reykjavík officials",
        "Street musicians", "The library service", "Bus drivers", "A naïve investor", "Ministers"};
    static final String[] VERBS = {
        "approve", "reject", "unveil", "delay", "debate", "question", "celebrate", "expand", "cut",
        "rethink", "announce", "test", "defend", "launch", "review", "postpone", "back", "criticise",
        "fund", "scrap"};
    static final String[] OBJECTS = {
        "new tram line", "budget for 2026", "plan to cut emissions", "record harvest", "late-night opening hours",
        "rent cap", "river clean-up", "water tariffs", "bike lanes on the ring road", "merger talks",
        "pension reform", "summer festival", "night trains to Vienna", "data-sharing rules", "flood defences",
        "school meal programme", "coffee prices", "port expansion", "solar subsidy", "housing project",
        "résumé screening tool", "museum extension", "fishing quotas", "4-day week trial", "airport noise limits"};
    static final String[] TAILS = {
        "", "", "", " — again", " after long talks", " amid protests", " as costs rise", " despite warnings",
        " in surprise vote", " — what it means", " ahead of winter", ": a closer look", " after 日本 visit",
        " for the first time", " as talks resume", " (update)"};
    static final String[] WORDS = (
        "the a of to and in that is for on with as by at from this its their after before over under more most "
        + "new city people year week report said council plan budget market price water energy train school "
        + "study data public local national government minister officials residents workers companies analysts "
        + "growth decline support opposition proposal decision review agreement season community weather "
        + "river coast harbour station district region programme project service network system research "
        + "university hospital museum library festival summer winter spring autumn morning evening night "
        + "café naïve résumé façade déjà-vu Zürich São Kraków Reykjavík 日本 東京 über straße").split(" ");
    static final String[] NAMES = {
        "Zoë Martín", "Jonas Weber", "Aiko Tanaka", "Marguerite Dubois", "Samuel Okafor", "Inès Carvalho",
        "Piotr Nowak", "Hannah Schmidt", "Kenji 田中", "Olivia Brown", "Björn Larsen", "Lucía Fernández",
        "Fatima Haddad", "Tom O'Neill", "Chloé Bernard", "Mateus Silva"};
    static final String[] TAGS = {
        "politics", "economy", "transport", "climate", "culture", "sport", "science", "health", "local",
        "europe", "asia", "technology", "food", "education", "housing"};

    record Item(int n, String id, String url, String title, Instant date, String[] authors, String[] tags,
                String html) {}

    public static void main(String[] args) throws IOException {
        boolean small = args.length > 0 && args[0].equals("--small");
        int from = small ? 1 : 0;
        if (args.length <= from) {
            System.err.println("usage: java bench/GenerateFeeds.java [--small] OUTDIR [N ...]");
            System.exit(2);
        }
        Path dir = Path.of(args[from]);
        Files.createDirectories(dir);
        int[] sizes = args.length > from + 1 ? new int[args.length - from - 1] : new int[] {1_000, 10_000, 100_000};
        for (int i = from + 1; i < args.length; i++) sizes[i - from - 1] = Integer.parseInt(args[i].replace("_", ""));
        for (int n : sizes) generate(dir, n, small);
    }

    static void generate(Path dir, int count, boolean small) throws IOException {
        String name = (small ? "small-" : "feed-") + count;
        Path json = dir.resolve(name + ".json");
        Path rss = dir.resolve(name + ".rss");
        Path stamp = dir.resolve("." + name + ".stamp");
        if (Files.isRegularFile(json) && Files.isRegularFile(rss) && Files.isRegularFile(stamp)
                && Files.readString(stamp).strip().equals(stampFor(count, Files.size(json), Files.size(rss)))) {
            System.out.printf("%s, %s: up to date%n", json, rss);
            return;
        }
        long t0 = System.nanoTime();
        Path jsonTmp = dir.resolve(json.getFileName() + ".tmp");
        Path rssTmp = dir.resolve(rss.getFileName() + ".tmp");
        try (Writer j = writer(jsonTmp); Writer r = writer(rssTmp)) {
            String title = (small ? "Small " : "Bench ") + count;
            String about = small ? "one short sentence each" : "about 2 KB of HTML each";
            j.write("{\n  \"version\": \"https://jsonfeed.org/version/1.1\",\n  \"title\": \"" + title + "\",\n"
                    + "  \"home_page_url\": \"https://bench.gazette.invalid/\",\n"
                    + "  \"feed_url\": \"https://bench.gazette.invalid/" + name + ".json\",\n"
                    + "  \"description\": \"Generated benchmark feed: " + count + " items, " + about + ".\",\n"
                    + "  \"language\": \"en\",\n  \"items\": [\n");
            r.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n"
                    + "<title>" + title + "</title>\n<link>https://bench.gazette.invalid/</link>\n"
                    + "<description>Generated benchmark feed: " + count + " items, " + about + "."
                    + "</description>\n<language>en</language>\n");
            Instant date = NEWEST;
            SplittableRandom dates = new SplittableRandom(SEED);
            for (int n = 1; n <= count; n++) {
                if (n > 1) date = date.minusSeconds(60 + dates.nextInt(3600));
                Item item = item(n, date, small);
                writeJson(j, item, n == count);
                writeRss(r, item);
            }
            j.write("  ]\n}\n");
            r.write("</channel>\n</rss>\n");
        }
        Files.move(jsonTmp, json, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.move(rssTmp, rss, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(stamp, stampFor(count, Files.size(json), Files.size(rss)) + "\n");
        System.out.printf("%s (%.1f MB), %s (%.1f MB): %d items in %d ms%n", json, Files.size(json) / 1e6, rss,
                Files.size(rss) / 1e6, count, (System.nanoTime() - t0) / 1_000_000);
    }

    static String stampFor(int count, long jsonBytes, long rssBytes) {
        return VERSION + " items=" + count + " json=" + jsonBytes + " rss=" + rssBytes;
    }

    static Writer writer(Path p) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(p), StandardCharsets.UTF_8), 1 << 16);
    }

    /** Item n, the same whatever the feed size. */
    static Item item(int n, Instant date, boolean small) {
        SplittableRandom rnd = new SplittableRandom(SEED * 31 + n);
        String number = String.format("#%06d", n);
        String headline = pick(rnd, SUBJECTS) + " " + pick(rnd, VERBS) + " " + pick(rnd, OBJECTS) + pick(rnd, TAILS);
        String title = number + " " + headline;
        String slug = String.format("%06d", n);
        String url = "https://bench.gazette.invalid/" + (2025 - n / 20_000) + "/item-" + slug;
        int first = rnd.nextInt(NAMES.length);
        String[] authors = rnd.nextInt(4) == 0
                ? new String[] {NAMES[first], NAMES[(first + 1 + rnd.nextInt(NAMES.length - 1)) % NAMES.length]}
                : new String[] {NAMES[first]};
        String[] tags = new String[1 + rnd.nextInt(3)];
        int tag = rnd.nextInt(TAGS.length);
        for (int i = 0; i < tags.length; i++) tags[i] = TAGS[(tag + 4 * i) % TAGS.length];
        return new Item(n, "bench-item-" + slug, url, title, date, authors, tags,
                small ? "<p>" + escapeXml(headline) + ".</p>" : body(rnd, headline, url));
    }

    /** About 1,700 bytes of the HTML a news site would put in content_html. */
    static String body(SplittableRandom rnd, String headline, String url) {
        StringBuilder sb = new StringBuilder(2300);
        sb.append("<p><strong>").append(escapeXml(headline)).append(".</strong> ");
        sentences(sb, rnd, 2);
        sb.append("</p>\n<p>");
        sentences(sb, rnd, 1);
        sb.append(" According to <a href=\"").append(url).append("#source\">the full report</a>, ");
        phrase(sb, rnd, 8 + rnd.nextInt(10));
        sb.append('.');
        sb.append(" <em>");
        sentence(sb, rnd);
        sb.append("</em></p>\n");
        int listAt = rnd.nextInt(2);
        int block = 0;
        while (sb.length() < 1470) {
            if (block == listAt) {
                sb.append("<ul>\n");
                int k = 3 + rnd.nextInt(2);
                for (int i = 0; i < k; i++) {
                    sb.append("<li>");
                    phrase(sb, rnd, 4 + rnd.nextInt(6));
                    sb.append("</li>\n");
                }
                sb.append("</ul>\n");
            } else if (block == listAt + 1) {
                sb.append("<blockquote><p>“");
                sentences(sb, rnd, 1);
                sb.append("”</p></blockquote>\n");
            } else {
                sb.append("<p>");
                sentences(sb, rnd, 1 + rnd.nextInt(2));
                if (rnd.nextInt(3) == 0) {
                    sb.append(" See also <a href=\"https://bench.gazette.invalid/topics/").append(pick(rnd, TAGS))
                            .append("\">more on this topic</a>.");
                }
                sb.append("</p>\n");
            }
            block++;
        }
        sb.append("<p><em>Reporting by ").append(escapeXml(pick(rnd, NAMES))).append("; editing by ")
                .append(escapeXml(pick(rnd, NAMES))).append(".</em></p>");
        return sb.toString();
    }

    static void sentences(StringBuilder sb, SplittableRandom rnd, int k) {
        for (int i = 0; i < k; i++) {
            if (i > 0) sb.append(' ');
            sentence(sb, rnd);
        }
    }

    static void sentence(StringBuilder sb, SplittableRandom rnd) {
        int start = sb.length();
        phrase(sb, rnd, 8 + rnd.nextInt(14));
        sb.setCharAt(start, Character.toUpperCase(sb.charAt(start)));
        sb.append(rnd.nextInt(8) == 0 ? "?" : ".");
    }

    static void phrase(StringBuilder sb, SplittableRandom rnd, int words) {
        for (int i = 0; i < words; i++) {
            if (i > 0) sb.append(rnd.nextInt(9) == 0 ? ", " : " ");
            if (rnd.nextInt(25) == 0) sb.append(rnd.nextInt(2) == 0 ? "—" : "&amp;");
            else sb.append(pick(rnd, WORDS));
        }
    }

    static String pick(SplittableRandom rnd, String[] from) {
        return from[rnd.nextInt(from.length)];
    }

    static void writeJson(Writer w, Item it, boolean last) throws IOException {
        StringBuilder sb = new StringBuilder(2600);
        sb.append("    {\n      \"id\": ").append(jsonString(it.id()))
                .append(",\n      \"url\": ").append(jsonString(it.url()))
                .append(",\n      \"title\": ").append(jsonString(it.title()))
                .append(",\n      \"date_published\": \"").append(DateTimeFormatter.ISO_INSTANT.format(it.date()))
                .append("\",\n      \"authors\": [");
        for (int i = 0; i < it.authors().length; i++) {
            sb.append(i > 0 ? ", " : "").append("{\"name\": ").append(jsonString(it.authors()[i])).append('}');
        }
        sb.append("],\n      \"tags\": [");
        for (int i = 0; i < it.tags().length; i++) sb.append(i > 0 ? ", " : "").append(jsonString(it.tags()[i]));
        sb.append("],\n      \"content_html\": ").append(jsonString(it.html())).append("\n    }")
                .append(last ? "\n" : ",\n");
        w.write(sb.toString());
    }

    static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    static void writeRss(Writer w, Item it) throws IOException {
        StringBuilder sb = new StringBuilder(2600);
        sb.append("<item>\n<title>").append(escapeXml(it.title())).append("</title>\n<link>").append(it.url())
                .append("</link>\n<guid isPermaLink=\"false\">").append(it.id()).append("</guid>\n<pubDate>")
                .append(RFC_822.format(it.date())).append("</pubDate>\n");
        for (String a : it.authors()) sb.append("<dc:creator>").append(escapeXml(a)).append("</dc:creator>\n");
        for (String t : it.tags()) sb.append("<category>").append(t).append("</category>\n");
        sb.append("<description><![CDATA[").append(it.html()).append("]]></description>\n</item>\n");
        w.write(sb.toString());
    }

    static String jsonString(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    static String escapeXml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
