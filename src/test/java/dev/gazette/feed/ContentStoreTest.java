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
    void aBlockDeflatesRepetitiveBodiesAndKeepsIncompressibleOnesRaw() {
        ContentBlock text = new ContentBlock(16);
        String html = "<p>The quick brown fox jumps over the lazy dog. Ünïcödé ★</p>\n".repeat(500);
        int offset = text.append(html, null, "sum");
        int utf8 = html.getBytes(StandardCharsets.UTF_8).length;
        compress(text);
        assertTrue(text.storedBytes() < utf8 / 10, text.storedBytes() + " bytes stored for " + utf8);
        assertEquals(new ArticleContent(html, null, "sum"), text.read(offset));

        StringBuilder noise = new StringBuilder();
        Random random = new Random(1);
        for (int i = 0; i < 2000; i++) noise.append((char) (0x4e00 + random.nextInt(20000)));
        ContentBlock raw = new ContentBlock(16);
        int at = raw.append(noise.toString(), null, null);
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

    private static void compress(ContentBlock block) {
        block.compress();
    }
}
