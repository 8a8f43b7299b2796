package dev.gazette.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UniqueIdsTest {
    @Test
    void theFirstItemKeepsTheIdAndLaterOnesAreNumbered() {
        UniqueIds ids = new UniqueIds();
        assertEquals("a", ids.claim("a", 1));
        assertEquals(0, ids.earlierItem());
        assertEquals("a#2", ids.claim("a", 2));
        assertEquals(1, ids.earlierItem());
        assertEquals("a#2#2", ids.claim("a#2", 3), "an id written like a repaired one is kept apart too");
        assertEquals(2, ids.earlierItem());
        assertEquals("a#3", ids.claim("a", 4));
        assertEquals(1, ids.earlierItem());
        assertEquals("b", ids.claim("b", 5));
        assertEquals(0, ids.earlierItem());
    }

    @Test
    void manyIdsGiveWhatAPlainMapGives() {
        // Past several regrowths of the table, with ids of one shape and repeats: a HashMap
        // doing the same thing the simple way must agree on every answer.
        UniqueIds ids = new UniqueIds();
        Map<String, Integer> reference = new HashMap<>();
        Random random = new Random(11);
        for (int item = 1; item <= 20_000; item++) {
            String id = "item-" + String.format("%06d", random.nextInt(15_000));
            String expected = id;
            Integer earlier = reference.get(id);
            for (int n = 2; reference.containsKey(expected); n++) expected = id + "#" + n;
            reference.put(expected, item);
            assertEquals(expected, ids.claim(id, item), "item " + item);
            assertEquals(earlier == null ? 0 : earlier, ids.earlierItem(), "item " + item);
        }
    }
}
