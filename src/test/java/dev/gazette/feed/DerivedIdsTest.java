package dev.gazette.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class DerivedIdsTest {
    @Test
    void fromTheUrlWhenThereIsOne() {
        assertEquals("url:https://e.example/1", new DerivedIds().derive("https://e.example/1", "T", null, null, null));
    }

    @Test
    void fromAHashOfTitleAndContentOtherwise() {
        String id = new DerivedIds().derive(null, "Title", "<p>x</p>", null, null);
        assertEquals("sha256:" + DerivedIds.sha256Hex16("Title", "<p>x</p>", null, null), id);
        assertEquals(id, new DerivedIds().derive("", "Title", "<p>x</p>", null, null), "an empty url is no url");
    }

    @Test
    void theHashIsAFixedFormat() {
        // SHA-256 of "Title\0\0\0\0": pinned so that stored comments keep finding their items.
        assertEquals("1c3aae2fbe39b745", DerivedIds.sha256Hex16("Title", null, null, null));
    }

    @Test
    void partsDoNotRunTogether() {
        assertNotEquals(DerivedIds.sha256Hex16("ab", "c", null, null), DerivedIds.sha256Hex16("a", "bc", null, null));
    }

    @Test
    void repeatsGetASuffixInFileOrder() {
        DerivedIds ids = new DerivedIds();
        assertEquals("url:u", ids.derive("u", null, null, null, null));
        assertEquals("url:u#2", ids.derive("u", null, null, null, null));
        assertEquals("url:v", ids.derive("v", null, null, null, null));
        assertEquals("url:u#3", ids.derive("u", null, null, null, null));
    }
}
