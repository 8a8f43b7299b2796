package dev.gazette.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import dev.gazette.Corpus;
import dev.gazette.feed.Article;
import dev.gazette.feed.ArticleContent;
import dev.gazette.feed.Attachment;
import dev.gazette.feed.ContentSource;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Renders every item of every real feed in ../shared/corpus/jsonfeed at widths 20, 80 and
 * 200 and checks the safety contract: no exception, no control character, no line wider
 * than the width; titles go through plainTitle. The files are read here with Gson directly
 * (the feed loader is another package's job). Prints what each file exercises.
 */
class CorpusRenderTest {
    private static final Path CORPUS = Corpus.dir("jsonfeed");
    private static final int[] WIDTHS = {20, 80, 200};
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);");
    private static final String[] TAGS = {"p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote",
        "pre", "code", "table", "hr", "em", "strong", "a", "img", "iframe", "script", "details", "figure", "dl"};

    @Test
    void everyCorpusFeedRendersSafelyAtEveryWidth() throws IOException {
        Corpus.assumePresent("jsonfeed");
        List<Path> files;
        try (Stream<Path> s = Files.list(CORPUS)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assumeTrue(!files.isEmpty(), "no corpus files");
        int rendered = 0;
        for (Path file : files) rendered += renderFile(file);
        System.out.printf("[corpus] %d items rendered at widths 20, 80, 200%n", rendered);
        assertTrue(rendered > 0);
    }

    private int renderFile(Path file) throws IOException {
        String name = file.getFileName().toString();
        JsonObject feed;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JsonReader reader = new JsonReader(r);
            reader.setStrictness(Strictness.LENIENT);
            JsonElement root = JsonParser.parseReader(reader);
            if (!root.isJsonObject()) {
                System.out.printf("[corpus] %s: skipped (not a JSON object)%n", name);
                return 0;
            }
            feed = root.getAsJsonObject();
        } catch (RuntimeException | StackOverflowError e) {
            System.out.printf("[corpus] %s: skipped (does not parse: %s)%n", name, e.getClass().getSimpleName());
            return 0;
        }
        if (!feed.has("items") || !feed.get("items").isJsonArray()) {
            System.out.printf("[corpus] %s: skipped (no \"items\" array)%n", name);
            return 0;
        }
        String home = string(feed, "home_page_url");
        Features features = new Features();
        int count = 0;
        long maxBody = 0;
        for (JsonElement el : feed.getAsJsonArray("items")) {
            if (!el.isJsonObject()) {
                features.add("non-object item");
                continue;
            }
            JsonObject item = el.getAsJsonObject();
            ArticleContent content = new ArticleContent(string(item, "content_html"), string(item, "content_text"), string(item, "summary"));
            Article article = article(item, content);
            features.scan(item, content, article);
            maxBody = Math.max(maxBody, Math.max(len(content.html()), len(content.text())));

            Document doc = ArticleBodyRenderer.render(article, content, home);
            for (int width : WIDTHS) {
                for (StyledLine line : doc.layout(width)) {
                    String where = name + " item " + count + " width " + width;
                    assertClean(line.plain(), where);
                    assertTrue(line.columns() <= width, () -> where + ": too wide: " + line.plain());
                }
            }
            for (Link link : doc.links()) {
                assertClean(link.url(), name + " link");
                assertFalse(link.url().toLowerCase(Locale.ROOT).startsWith("javascript:"), name + " javascript link");
            }
            String title = TextWidth.plainTitle(article.title());
            assertClean(title, name + " title");
            for (int width : WIDTHS) assertTrue(TextWidth.columns(TextWidth.fit(title, width)) <= width);
            count++;
        }
        System.out.printf("[corpus] %s: %d items, largest body %,d chars; %s%n", name, count, maxBody, features);
        return count;
    }

    private static void assertClean(String s, String where) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
            boolean bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
            // ZWNJ and ZWJ (U+200C/D) are writing: Persian words, emoji sequences
            boolean zeroWidth = c == 0x200B || c == 0x2060 || c == 0xFEFF;
            int at = i;
            assertFalse(control || bidi || zeroWidth, () -> where + ": U+" + Integer.toHexString(c) + " at " + at + " in " + s);
        }
    }

    private static int len(String s) {
        return s == null ? 0 : s.length();
    }

    private static Article article(JsonObject item, ArticleContent content) {
        List<Attachment> attachments = new ArrayList<>();
        JsonElement a = item.get("attachments");
        if (a != null && a.isJsonArray()) {
            for (JsonElement e : a.getAsJsonArray()) {
                if (!e.isJsonObject()) continue;
                JsonObject o = e.getAsJsonObject();
                attachments.add(new Attachment(string(o, "url"), string(o, "mime_type"), string(o, "title"),
                        number(o, "size_in_bytes"), number(o, "duration_in_seconds")));
            }
        }
        String id = string(item, "id");
        return new Article(id == null ? "derived" : id, id == null, string(item, "title"), string(item, "url"),
                string(item, "external_url"), null, string(item, "image"), null, null, List.of(), List.of(), attachments,
                ContentSource.of(content));
    }

    private static String string(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }

    private static Long number(JsonObject o, String key) {
        try {
            JsonElement e = o.get(key);
            return e != null && e.isJsonPrimitive() ? (long) e.getAsDouble() : null;
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    /** What a feed's items contain, for the printed summary. */
    private static final class Features {
        private final Map<String, Integer> counts = new TreeMap<>();

        void add(String what) {
            add(what, 1);
        }

        void add(String what, int n) {
            if (n > 0) counts.merge(what, n, Integer::sum);
        }

        void scan(JsonObject item, ArticleContent c, Article a) {
            if (c.html() != null && !c.html().isBlank()) add("html");
            else if (c.text() != null && !c.text().isBlank()) add("text only");
            else if (c.summary() != null && !c.summary().isBlank()) add("summary only");
            else add("no content");
            if (c.html() != null && c.text() != null) add("html+text");
            if (!a.attachments().isEmpty()) add("attachments", a.attachments().size());
            if (a.title() == null) add("untitled");
            if (c.html() != null) {
                Element body = Jsoup.parseBodyFragment(c.html()).body();
                for (String tag : TAGS) add("<" + tag + ">", body.getElementsByTag(tag).size());
                for (Element img : body.getElementsByTag("img")) {
                    String src = img.attr("src");
                    if (src.startsWith("//")) add("protocol-relative src");
                    else if (!src.isEmpty() && !src.contains("://")) add("relative src");
                }
                Matcher m = ENTITY.matcher(c.html());
                int entities = 0;
                while (m.find()) entities++;
                add("entities", entities);
            }
            if (a.title() != null && (a.title().contains("&") || a.title().contains("<"))) add("markup in title");
            for (String s : new String[] {c.html(), c.text(), c.summary(), a.title()}) if (s != null) scanChars(s);
        }

        private void scanChars(String s) {
            boolean cjk = false, hangul = false, hebrew = false, arabic = false, emoji = false, tab = false,
                    control = false, bidi = false, zw = false, mark = false, vs = false, nbsp = false;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp);
                Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
                if (sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA || sc == Character.UnicodeScript.KATAKANA) cjk = true;
                else if (sc == Character.UnicodeScript.HANGUL) hangul = true;
                else if (sc == Character.UnicodeScript.HEBREW) hebrew = true;
                else if (sc == Character.UnicodeScript.ARABIC) arabic = true;
                if (cp >= 0x1F000) emoji = true;
                if (cp == '\t') tab = true;
                else if ((cp < 0x20 && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp <= 0x9F)) control = true;
                if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F) bidi = true;
                if ((cp >= 0x200B && cp <= 0x200D) || cp == 0xFEFF || cp == 0x2060 || cp == 0xAD) zw = true;
                if (cp == 0xFE0E || cp == 0xFE0F) vs = true;
                else if (Character.getType(cp) == Character.NON_SPACING_MARK) mark = true;
                if (cp == 0xA0 || cp == 0x202F) nbsp = true;
            }
            if (cjk) add("CJK");
            if (hangul) add("Hangul");
            if (hebrew) add("Hebrew");
            if (arabic) add("Arabic script");
            if (emoji) add("emoji");
            if (tab) add("tabs");
            if (control) add("control chars");
            if (bidi) add("bidi controls");
            if (zw) add("zero-width/soft hyphen");
            if (vs) add("variation selectors");
            if (mark) add("combining marks");
            if (nbsp) add("no-break spaces");
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            counts.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(" ").append(v));
            return sb.toString();
        }
    }
}
