package dev.gazette.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RSS pubDates as feeds write them, through {@link FeedDates#parse}. */
class Rfc822DatesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'Tue, 10 Jun 2003 04:00:00 GMT'            | 2003-06-10T04:00:00Z",
        "'Tue, 10 Jun 2003 04:00:00 +0000'          | 2003-06-10T04:00:00Z",
        "'Tue, 10 Jun 2003 06:00:00 +02:00'         | 2003-06-10T04:00:00Z",
        "'Tue, 10 Jun 2003 06:00:00 +02'            | 2003-06-10T04:00:00Z",
        "'Tue, 10 Jun 2003 09:30:00 +0530'          | 2003-06-10T04:00:00Z",
        "'Tue, 10 Jun 2003 06:00:00 GMT+2'          | 2003-06-10T04:00:00Z",
        "'Tue, 10 Jun 2003 00:00:00 UTC-04:00'      | 2003-06-10T04:00:00Z",
        "'Tue, 10 Jun 2003 06:00:00 CEST'           | 2003-06-10T04:00:00Z",
        "'Tue, 10 Jun 2003 04:00:00 Z'              | 2003-06-10T04:00:00Z",
        "'Tue, 10 Jun 2003 04:00:00'                | 2003-06-10T04:00:00Z",
        "'Tue, 10 Jun 03 04:00:00 GMT'              | 2003-06-10T04:00:00Z",
        "'Tue, 10 Jun 99 04:00:00 GMT'              | 1999-06-10T04:00:00Z",
        "'Tuesday, 10 June 2003 04:00:00 GMT'       | 2003-06-10T04:00:00Z",
        "'Tues, 10 Sept 2003 04:00:00 GMT'          | 2003-09-10T04:00:00Z",
        "'Tue 10 Jun 2003 04:00 GMT'                | 2003-06-10T04:00:00Z",
        "'10 Jun 2003 4:00:00 GMT'                  | 2003-06-10T04:00:00Z",
        "'Tue, 3 Jun 2003 04:00:00.250 GMT'         | 2003-06-03T04:00:00Z",
        "'Tue, 10 Jun 2003 04:00:00 +0000 (UTC)'    | 2003-06-10T04:00:00Z",
        "'Tue,10 Jun 2003 04:00:00 GMT'             | 2003-06-10T04:00:00Z",
        "'Jun 10, 2003 04:00:00 GMT'                | 2003-06-10T04:00:00Z",
        "'Tue Jun 10 04:00:00 2003'                 | 2003-06-10T04:00:00Z",
        "'Tue Jun 10 2003 06:00:00 GMT+0200 (CEST)' | 2003-06-10T04:00:00Z",
        "'2020/1/10 14:33:00'                       | 2020-01-10T14:33:00Z",
        "'tue, 10 JUN 2003 04:00:00 gmt'            | 2003-06-10T04:00:00Z",
        "'Fri, 31 Dec 1999 23:59:60 GMT'            | 1999-12-31T23:59:59Z",
        "'Monday, 01-Jan-24 10:00:00 GMT'           | 2024-01-01T10:00:00Z",
        "'Sunday, 06-Nov-1994 08:49:37 GMT'         | 1994-11-06T08:49:37Z",
    })
    void parses(String text, String expected) {
        assertEquals(Instant.parse(expected), FeedDates.parse(text));
        assertEquals(Instant.parse(expected), Rfc822Dates.parse(text));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Tue, 31 Jun 2003 04:00:00 GMT", "Tue, 10 Jun 2003 25:00:00 GMT", "Tue, 10 Jun 2003 04:61:00 GMT",
        "Tue, 10 Jun 2003", "10 Jun 04:00:00 GMT", "Tue, 10 Foo 2003 04:00:00 GMT", "Tue, 10 Jun 2003 04:00:00 XYZ",
        "Tue, 10 Jun 2003 04:00:00 +2500", "Tue, 10 Jun 2003 04:00:00 GMT extra words here and more", "now",
        "10 10 2003 04:00:00", "Tue, 10 Jun 2003 04:00:00 GMT GMT", "Mon, 01-Foo-24 10:00:00 GMT",
        "Mon, 01-Jan-024 10:00:00 GMT", "Mon, 01-Jan-24 Jan 10:00:00 GMT", "Mon, 2024-01-01 10:00:00 GMT"})
    void notADate(String text) {
        assertNull(FeedDates.parse(text));
    }
}
