package dev.gazette.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedDatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2025-06-30T18:00:00Z", "2025-06-30t18:00:00z", "2025-06-30 18:00:00+02:00",
            "2025-06-30T18:00:00.123456789-07:30", " 2025-06-30T18:00:00Z "})
    void rfc3339(String date) {
        assertTrue(FeedDates.isRfc3339(date), date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-06-30T18:00", "2025-06-30T18:00:00", "2025-06-30", "Mon, 30 Jun 2025 18:00:00 GMT",
            "2025-06-30T18:00:00.Z", "2025-06-30T18:00:00+0200", "2025-06-30T18:00:00+02", "2025-6-30T18:00:00Z",
            "2025-06-30T18:00:00Zx", "2025-06-30T18:00:00 Z"})
    void notRfc3339(String date) {
        assertFalse(FeedDates.isRfc3339(date), date);
    }
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // RFC 3339
        "2019-05-31T19:17:58Z             | 2019-05-31T19:17:58Z",
        "2019-05-31T12:17:58-07:00        | 2019-05-31T19:17:58Z",
        "2019-05-31T21:17:58+02:00        | 2019-05-31T19:17:58Z",
        "2019-05-31T19:17:58.123Z         | 2019-05-31T19:17:58.123Z",
        "2019-05-31T19:17:58.123456789Z   | 2019-05-31T19:17:58.123456789Z",
        "2019-05-31t19:17:58z             | 2019-05-31T19:17:58Z",
        "2019-05-31 19:17:58Z             | 2019-05-31T19:17:58Z",
        "2024-02-29T23:59:59Z             | 2024-02-29T23:59:59Z",
        "2019-05-31T19:17:58.1+18:00      | 2019-05-31T01:17:58.1Z",
        "2019-05-31T19:17:58.000000001-18:00 | 2019-06-01T13:17:58.000000001Z",
        "2000-01-01T00:30:00+01:00        | 1999-12-31T23:30:00Z",
        // seen in the wild
        "2018-01-06T08:00                 | 2018-01-06T08:00:00Z",
        "2018-01-06T08:00:30              | 2018-01-06T08:00:30Z",
        "2018-01-06T08:00:00-00:00        | 2018-01-06T08:00:00Z",
        "2018-01-06T08:00:00+0100         | 2018-01-06T07:00:00Z",
        "2018-01-06T08:00+01:00           | 2018-01-06T07:00:00Z",
        "2018-01-06                       | 2018-01-06T00:00:00Z",
        "'  2018-01-06T08:00:00Z  '       | 2018-01-06T08:00:00Z",
        // RFC 822 / 1123
        "'Fri, 31 May 2019 12:17:58 -0700' | 2019-05-31T19:17:58Z",
        "'Fri, 31 May 2019 19:17:58 GMT'   | 2019-05-31T19:17:58Z",
        "'Fri, 31 May 2019 19:17:58 UT'    | 2019-05-31T19:17:58Z",
        "'Fri, 31 May 2019 15:17:58 EDT'   | 2019-05-31T19:17:58Z",
        "'Fri, 31 May 2019 12:17 PDT'      | 2019-05-31T19:17:00Z",
        "'31 May 2019 19:17:58 +0000'      | 2019-05-31T19:17:58Z",
        "'Sat, 1 Jun 2019 19:17:58 +0000'  | 2019-06-01T19:17:58Z",
        "'FRI, 31 MAY 2019 19:17:58 GMT'   | 2019-05-31T19:17:58Z",
        "'Mon, 31 May 2019 19:17:58 GMT'   | 2019-05-31T19:17:58Z", // a wrong weekday is ignored
    })
    void parses(String text, String expected) {
        assertEquals(Instant.parse(expected), FeedDates.parse(text));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "   ", "yesterday", "2019-13-01T00:00:00Z", "2019-02-30T00:00:00Z",
        "2019-05-31T25:00:00Z", "31/05/2019", "1559330278", "Fri, 31 Foo 2019 12:17:58 -0700",
        "2019-05-31T19:17:58Z trailing", "2019-05-31T19:17:58+99:00",
        "2023-02-29T12:00:00Z", "2019-05-31T19:17:60Z", "2019-05-31T19:17:58.1234567891Z",
        "2019-05-31T19:17:58+18:30", "2019-05-31T19:17:58+01:60", "2019-05-31T19:1x:58Z", "2019-05-31T19:17:58Q"})
    void notADateIsNull(String text) {
        assertNull(FeedDates.parse(text));
    }

    @Test
    void nullIsNull() {
        assertNull(FeedDates.parse(null));
    }
}
