package org.scorecardkit.tally.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every way of writing a date the issue names, read as its kind and day(s), or as unreadable with
 * its reason. Each case is also read from the middle of a larger buffer, as the tally reads cells.
 */
class DateReadingTest {
    /** What a reading says, e.g. "EXACT 2026-03-05", "AMBIGUOUS 2026-03-05 2026-05-03", "UNREADABLE: 13th month". */
    static String described(String text) {
        char[] c = ("\u0000x;" + text + ";y").toCharArray();
        int s = 3;
        int e = 3 + text.length();
        long r = DateReading.read(c, s, e);
        String kind = switch (DateReading.kind(r)) {
            case DateReading.EXACT -> "EXACT";
            case DateReading.AMBIGUOUS -> "AMBIGUOUS";
            case DateReading.DAY_FIRST -> "DAY_FIRST";
            case DateReading.MONTH_FIRST -> "MONTH_FIRST";
            case DateReading.UNREADABLE -> "UNREADABLE";
            default -> "kind " + DateReading.kind(r);
        };
        if (DateReading.kind(r) == DateReading.UNREADABLE) {
            assertEquals(0, DateReading.first(r), text);
            assertEquals(0, DateReading.second(r), text);
            return kind + ": " + DateReading.why(c, s, e);
        }
        assertNull(DateReading.why(c, s, e), text);
        String second = DateReading.second(r) == 0 ? "" : " " + DateReading.iso(DateReading.second(r));
        return kind + " " + DateReading.iso(DateReading.first(r)) + second;
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        // ISO, with and without time and zone
        "2026-03-05                    | EXACT 2026-03-05",
        "2026-3-5                      | EXACT 2026-03-05",
        "2026-03-05T10:15:03           | EXACT 2026-03-05",
        "2026-03-05T10:15:03.123Z      | EXACT 2026-03-05",
        "2026-03-05t10:15              | EXACT 2026-03-05",
        "2026-03-05 10:15              | EXACT 2026-03-05",
        "2026-03-05T10:15:03+01:00     | EXACT 2026-03-05",
        "2026-03-05T10:15:03-0500      | EXACT 2026-03-05",
        "2026-03-05 10:15:03 +01       | EXACT 2026-03-05",
        "2026-03-05 00:00:00           | EXACT 2026-03-05",
        "2026-03-05 23:59:60           | EXACT 2026-03-05",
        // year first with slashes or dots: Google Forms
        "2026/11/22 10:15:03 PM GMT+1  | EXACT 2026-11-22",
        "2026/11/22 10:15:03 am GMT-05:00 | EXACT 2026-11-22",
        "2026/11/22 10:15:03 UTC       | EXACT 2026-11-22",
        "2026/11/22 10:15:03 GMT       | EXACT 2026-11-22",
        "2026/1/2                      | EXACT 2026-01-02",
        "2026.03.05                    | EXACT 2026-03-05",
        // dots are day first
        "5.3.2026                      | EXACT 2026-03-05",
        "05.03.26                      | EXACT 2026-03-05",
        "31.12.1999 23:59              | EXACT 1999-12-31",
        // month names
        "5 Mar 2026                    | EXACT 2026-03-05",
        "5 march 2026                  | EXACT 2026-03-05",
        "March 5, 2026                 | EXACT 2026-03-05",
        "MAR 5 2026                    | EXACT 2026-03-05",
        "Mar. 5, 2026 10:15 AM         | EXACT 2026-03-05",
        "05-Mar-26                     | EXACT 2026-03-05",
        "5-Mar-2026                    | EXACT 2026-03-05",
        "5/Mar/2026                    | EXACT 2026-03-05",
        "Sept 30 2026                  | EXACT 2026-09-30",
        "22nd November 2026            | EXACT 2026-11-22",
        "Thursday, March 5, 2026       | EXACT 2026-03-05",
        "Thu, 05 Mar 2026 10:15:03 GMT | EXACT 2026-03-05",
        "Mar-05-2026                   | EXACT 2026-03-05",
        // Excel serials, 1900 system with its phantom 29 February 1900
        "1                             | EXACT 1900-01-01",
        "59                            | EXACT 1900-02-28",
        "60                            | UNREADABLE: Excel's day 60 is 29 February 1900, which was no day",
        "61                            | EXACT 1900-03-01",
        "46001                         | EXACT 2025-12-10",
        "46001.4270833                 | EXACT 2025-12-10",
        "46001,5                       | EXACT 2025-12-10",
        "2958465                       | EXACT 9999-12-31",
        "2958466                       | UNREADABLE: a number, but not one of Excel's date serials (1 to 2958465)",
        "0                             | UNREADABLE: a number, but not one of Excel's date serials (1 to 2958465)",
        "20260305                      | UNREADABLE: a number, but not one of Excel's date serials (1 to 2958465)",
        // slashes and hyphens: the order settled by which readings are days
        "5/3/2026                      | AMBIGUOUS 2026-03-05 2026-05-03",
        "05-03-2026                    | AMBIGUOUS 2026-03-05 2026-05-03",
        "12/1/2026 10:15:03 PM         | AMBIGUOUS 2026-01-12 2026-12-01",
        "5/5/2026                      | EXACT 2026-05-05",
        "22/11/2026 10:15:03           | DAY_FIRST 2026-11-22",
        "13/03/2025                    | DAY_FIRST 2025-03-13",
        "11/22/26 10:15:03             | MONTH_FIRST 2026-11-22",
        "11/22/26 10:15                | MONTH_FIRST 2026-11-22",
        "2/29/2024                     | MONTH_FIRST 2024-02-29",
        "29/2/2023                     | UNREADABLE: 29 February 2023 is no day (2023 is no leap year)",
        "31/04/2026                    | UNREADABLE: 31 April is no day",
        "04/31/2026                    | UNREADABLE: 31 April is no day",
        "32/01/2026                    | UNREADABLE: 32 January is no day",
        "13/13/2026                    | UNREADABLE: 13 and 13 are both above 12, so neither is the month",
        "0/5/2026                      | UNREADABLE: 0 May is no day",
        // two-digit years pivot at 70
        "1/2/69                        | AMBIGUOUS 2069-02-01 2069-01-02",
        "1/2/70                        | AMBIGUOUS 1970-02-01 1970-01-02",
        "31/12/99                      | DAY_FIRST 1999-12-31",
        "31/12/00                      | DAY_FIRST 2000-12-31",
        // leap years
        "2024-02-29                    | EXACT 2024-02-29",
        "2000-02-29                    | EXACT 2000-02-29",
        "1900-02-29                    | UNREADABLE: 29 February 1900 is no day (1900 is no leap year)",
        "2100-02-29                    | UNREADABLE: 29 February 2100 is no day (2100 is no leap year)",
        "2026-02-30                    | UNREADABLE: 30 February is no day",
        // boundaries of years, months and days
        "1000-01-01                    | EXACT 1000-01-01",
        "9999-12-31                    | EXACT 9999-12-31",
        "0999-12-31                    | UNREADABLE: the year must be four digits (1000 to 9999) or two",
        "5/3/226                       | UNREADABLE: the year must be four digits (1000 to 9999) or two",
        "5/3/20260                     | UNREADABLE: the year must be four digits (1000 to 9999) or two",
        "2026-13-01                    | UNREADABLE: 13th month",
        "2026-00-10                    | UNREADABLE: month 0",
        "2026/22/11                    | UNREADABLE: 22nd month",
        "2026-01-00                    | UNREADABLE: 0 January is no day",
        "2026-01-32                    | UNREADABLE: 32 January is no day",
        "5.13.2026                     | UNREADABLE: 13th month",
        // times that are no times
        "2026-03-05T24:00              | UNREADABLE: the time of day is no time",
        "2026-03-05 10:60              | UNREADABLE: the time of day is no time",
        "5/3/2026 13:00 PM             | UNREADABLE: the time of day is no time",
        "2026-03-05T10:15+15:00        | UNREADABLE: the time of day is no time",
        // garbage
        "yesterday                     | UNREADABLE: not a date",
        "10:15                         | UNREADABLE: a time without a date",
        "10:15:03 PM                   | UNREADABLE: a time without a date",
        "5/3                           | UNREADABLE: no year",
        "5.3.                          | UNREADABLE: no year",
        "March 5                       | UNREADABLE: no year",
        "2026-03                       | UNREADABLE: no day",
        "5 Mrz 2026                    | UNREADABLE: \"Mrz\" is no English month name",
        "Thu 5 Mrz 2026                | UNREADABLE: \"Mrz\" is no English month name",
        "2026-03-05 soon               | UNREADABLE: text after the date that is no time",
        "2026-03-05T                   | UNREADABLE: text after the date that is no time",
        "2026-03-05 10:15 CET          | UNREADABLE: text after the date that is no time",
        "5/3-2026                      | UNREADABLE: not a date",
        "2026-03/05                    | UNREADABLE: not a date",
        "-46001                        | UNREADABLE: not a date",
        "123/4/2026                    | UNREADABLE: not a date",
        "Thursday                      | UNREADABLE: not a date",
        "5th                           | UNREADABLE: not a date",
        "Mayday 5 2026                 | UNREADABLE: not a date",
        "２０２６-03-05                | UNREADABLE: not a date",
    })
    void readsEachWayOfWritingADate(String text, String expected) {
        assertEquals(expected, described(text));
    }

    @Test
    void blankIsNoDate() {
        assertEquals("UNREADABLE: no date written", described(""));
    }

    @ParameterizedTest(name = "years {0} to {1}")
    @CsvSource({"1000, 1010", "1890, 2110", "2390, 2410", "9990, 9999"})
    void everyDayReadsAsItselfInIsoAndInBothSlashedOrders(int from, int to) {
        DateTimeFormatter dmy = DateTimeFormatter.ofPattern("d/M/uuuu");
        DateTimeFormatter mdy = DateTimeFormatter.ofPattern("M/d/uuuu");
        for (LocalDate d = LocalDate.of(from, 1, 1); d.getYear() <= to; d = d.plusDays(1)) {
            int expected = d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
            assertEquals(expected, DateReading.first(read(d.toString())), d.toString());
            assertEquals(expected, DateReading.first(read(d.format(dmy))), d.format(dmy));
            long monthFirst = read(d.format(mdy));
            int read = DateReading.kind(monthFirst) == DateReading.AMBIGUOUS ? DateReading.second(monthFirst) : DateReading.first(monthFirst);
            assertEquals(expected, read, d.format(mdy));
        }
    }

    @Test
    void theDayAfterTheLastOfEachMonthIsNoDay() {
        for (int y = 1896; y <= 2404; y++) {
            for (int m = 1; m <= 12; m++) {
                int next = LocalDate.of(y, m, 1).lengthOfMonth() + 1;
                String text = y + (m < 10 ? "-0" : "-") + m + "-" + next;
                assertEquals(DateReading.UNREADABLE, DateReading.kind(read(text)), text);
            }
        }
    }

    @Test
    void everyExcelSerialIsTheDayExcelShows() {
        // Excel counts from 1900-01-00 and counts 1900-02-29, which was no day: from 61 on, a day less.
        LocalDate day = LocalDate.of(1899, 12, 31);
        for (int n = 1; n <= 2_958_465; n++) {
            long r = read(Integer.toString(n));
            if (n == 60) {
                assertEquals(DateReading.UNREADABLE, DateReading.kind(r));
                continue;
            }
            day = day.plusDays(1);
            assertEquals(day.getYear() * 10000 + day.getMonthValue() * 100 + day.getDayOfMonth(), DateReading.first(r), "serial " + n);
        }
    }

    @Test
    void ambiguousIsExactlyBothNumbersUpToTwelveAndDifferent() {
        for (int a = 0; a <= 40; a++) {
            for (int b = 0; b <= 40; b++) {
                int kind = DateReading.kind(read(a + "/" + b + "/2025"));
                int expected = a == 0 || b == 0 || a > 12 && b > 12 ? DateReading.UNREADABLE
                        : a <= 12 && b <= 12 ? (a == b ? DateReading.EXACT : DateReading.AMBIGUOUS)
                        : a > 12 ? (a <= LocalDate.of(2025, b, 1).lengthOfMonth() ? DateReading.DAY_FIRST : DateReading.UNREADABLE)
                        : (b <= LocalDate.of(2025, a, 1).lengthOfMonth() ? DateReading.MONTH_FIRST : DateReading.UNREADABLE);
                assertEquals(expected, kind, a + "/" + b + "/2025");
            }
        }
    }

    @Test
    void isoWritesFourDigitYearsAndTwoDigitMonthsAndDays() {
        assertEquals("1000-01-01", DateReading.iso(10000101));
        assertEquals("9999-12-31", DateReading.iso(99991231));
        assertEquals("2026-03-05", DateReading.iso(20260305));
    }

    private static long read(String text) {
        return DateReading.read(text.toCharArray(), 0, text.length());
    }
}
