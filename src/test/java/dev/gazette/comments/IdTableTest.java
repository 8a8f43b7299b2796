package dev.gazette.comments;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Ids of every shape get one number each and read back exactly as written. */
class IdTableTest {

    @Test
    void everyIdGetsOneNumberAndReadsBackAsWritten() {
        Random rnd = new Random(3);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            switch (i % 5) {
                case 0 -> ids.add(new UUID(rnd.nextLong(), rnd.nextLong()).toString());
                case 1 -> ids.add(new UUID(rnd.nextLong(), rnd.nextLong()).toString().toUpperCase(java.util.Locale.ROOT));
                case 2 -> ids.add("line@" + i);
                case 3 -> ids.add("c" + i);
                default -> ids.add(new UUID(0, i).toString()); // nearly all zero bits
            }
        }
        ids.add("00000000-0000-0000-0000-000000000000");
        ids.add("");
        IdTable table = new IdTable();
        for (int i = 0; i < ids.size(); i++) assertEquals(i, table.intern(ids.get(i)));
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(i, table.intern(ids.get(i)), ids.get(i));
            assertEquals(i, table.find(ids.get(i)));
            assertEquals(ids.get(i), table.id(i));
        }
        assertEquals(-1, table.find("not-there"));
        assertEquals(ids.size(), table.size());
        long[] key = FastFields.uuidKey(ids.get(0).getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, 36);
        assertEquals(0, table.intern(null, key), "the key read from bytes names the same id");
    }
}
