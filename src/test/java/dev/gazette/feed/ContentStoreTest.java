package dev.gazette.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentStoreTest {
    private static final String[] VALUES = {null, "", "plain", "<p>日本語 ★ 👍</p>"};

    @ParameterizedTest(name = "{0} background threads")
    @ValueSource(ints = {0, 1, 3})
    void everyBodyComesBackBeforeAndAfterCompression(int threads) throws Exception {
        List<ArticleContent> expected = new ArrayList<>();
        List<ContentSource> sources = new ArrayList<>();
        Random random = new Random(3);
        try (ContentStore store = new ContentStore(threads)) {
            for (int i = 0; i < 3000; i++) {
                String html = i % 7 == 0 ? null : "<p>item " + i + " " + "lorem ipsum ".repeat(random.nextInt(400)) + "</p>";
                String text = VALUES[i % VALUES.length];
                String summary = i % 3 == 0 ? "summary " + i : null;
                expected.add(new ArticleContent(html, text, summary));
                sources.add(store.add(html, text, summary));
                if (i % 500 == 0) assertEquals(expected.get(i / 2), sources.get(i / 2).load(), "readable while loading");
            }
            store.finish();
        }
        for (int i = 0; i < expected.size(); i++) assertEquals(expected.get(i), sources.get(i).load(), "body " + i);
    }

    @Test
    void readsThatJumpBetweenCompressedBlocksStillGetTheirOwnBodies() throws Exception {
        List<String> expected = new ArrayList<>();
        List<ContentSource> sources = new ArrayList<>();
        try (ContentStore store = new ContentStore(0)) {
            for (int i = 0; i < 600; i++) {
                String html = "<p>body " + i + "</p>" + "x".repeat(500);
                expected.add(html);
                sources.add(store.add(html, null, null));
            }
            store.finish();
        }
        // first, last, first again: each read lands in another block than the one unpacked last
        int[] order = {0, 599, 1, 598, 300, 0, 599};
        for (int i : order) assertEquals(expected.get(i), sources.get(i).load().html(), "body " + i);
    }

    @Test
    void noBodyAtAllSharesOneEmptySource() throws Exception {
        try (ContentStore store = new ContentStore(0)) {
            assertSame(store.add(null, null, null), store.add(null, null, null));
            assertEquals(ArticleContent.EMPTY, store.add(null, null, null).load());
        }
    }

    @Test
    void aBodyLargerThanABlockIsWhole() throws Exception {
        String huge = "<p>長い記事 ★</p>".repeat(30_000);
        try (ContentStore store = new ContentStore(1)) {
            ContentSource before = store.add("small", null, null);
            ContentSource big = store.add(huge, huge, null);
            ContentSource after = store.add("after", null, null);
            store.finish();
            assertEquals(huge, big.load().html());
            assertEquals(huge, big.load().text());
            assertEquals("small", before.load().html());
            assertEquals("after", after.load().html());
        }
    }

    @Test
    void aBlockCompressesRepetitiveBodiesAndKeepsIncompressibleOnesRaw() {
        ContentBlock text = new ContentBlock();
        String html = "<p>The quick brown fox jumps over the lazy dog. Ünïcödé ★</p>\n".repeat(500);
        int offset = text.add(html, null, "sum", ContentBlock.NOT_CHECKED, ContentBlock.Origins.NONE);
        assertEquals(new ArticleContent(html, null, "sum"), text.read(offset), "readable before it is encoded");
        int utf8 = html.getBytes(StandardCharsets.UTF_8).length;
        compress(text);
        assertTrue(text.storedBytes() < utf8 / 10, text.storedBytes() + " bytes stored for " + utf8);
        assertEquals(new ArticleContent(html, null, "sum"), text.read(offset));

        StringBuilder noise = new StringBuilder();
        Random random = new Random(1);
        for (int i = 0; i < 2000; i++) noise.append((char) (0x4e00 + random.nextInt(20000)));
        ContentBlock raw = new ContentBlock();
        int at = raw.add(noise.toString(), null, null, ContentBlock.NOT_CHECKED, ContentBlock.Origins.NONE);
        compress(raw);
        assertTrue(raw.storedBytes() <= noise.toString().getBytes(StandardCharsets.UTF_8).length + 4);
        assertEquals(noise.toString(), raw.read(at).html());
    }

    @Test
    void unpairedSurrogatesBecomeQuestionMarks() throws Exception {
        try (ContentStore store = new ContentStore(0)) {
            assertEquals("a?b", store.add("a\uD800b", null, null).load().html());
        }
    }

    @ParameterizedTest(name = "{0} background threads")
    @ValueSource(ints = {0, 1})
    void checkedBodiesWithControlCharactersAreListedWithTheirItems(int threads) throws Exception {
        try (ContentStore store = new ContentStore(threads)) {
            for (int i = 1; i <= 2000; i++) {
                String html = "<p>" + "x".repeat(100) + (i % 500 == 7 ? "\u001b[2J" : "") + "</p>";
                String summary = i == 2000 ? "next line\u0085" : null;
                if (i == 3) store.add("unchecked\u0007", null, null);
                store.addChecked(html, "tab\tand\nnewline", summary, i, new ContentBlock.Origins(
                        new JsonPositions.Position(10 * i, 5), new JsonPositions.Position(10 * i, 40),
                        new JsonPositions.Position(10 * i + 1, 3)));
            }
            assertEquals(List.of(new ContentStore.Controls(7, new JsonPositions.Position(70, 5), null, null),
                            new ContentStore.Controls(507, new JsonPositions.Position(5070, 5), null, null),
                            new ContentStore.Controls(1007, new JsonPositions.Position(10070, 5), null, null),
                            new ContentStore.Controls(1507, new JsonPositions.Position(15070, 5), null, null),
                            new ContentStore.Controls(2000, null, null, new JsonPositions.Position(20001, 3))),
                    store.finish());
        }
    }

    @Test
    void bodiesGivenAsCharactersOfAnArrayComeBackAsStrings() throws Exception {
        try (ContentStore store = new ContentStore(0)) {
            ContentSource s = store.add(new BodyChars("<p>東京 👍</p>".toCharArray()), null, "sum");
            assertEquals(new ArticleContent("<p>東京 👍</p>", null, "sum"), s.load());
            store.finish();
            assertEquals(new ArticleContent("<p>東京 👍</p>", null, "sum"), s.load());
        }
    }

    private static void compress(ContentBlock block) {
        block.encode();
        block.compress();
    }
}
