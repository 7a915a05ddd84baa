package org.appflowcontracts.validator.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reference reading of timestamp strings. Expected epoch seconds are the values botocore 1.43
 * ({@code parse_to_aware_datetime}, then the unix-timestamp serializer) gives for the same strings, with the
 * fraction kept.
 */
class TimestampTextTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "2026-05-28T00:00:00Z          | 1779926400",
        "2026-05-28T00:00:00           | 1779926400",
        "2026-05-28                    | 1779926400",
        "2026-05-28T00:00              | 1779926400",
        "2026-05-28 00:00:00           | 1779926400",
        "2026-05-28t00:00:00z          | 1779926400",
        "2026-05-28T00:00:00-00:00     | 1779926400",
        "2026-05-28T00:00:00+0900      | 1779894000",
        "2026-05-28T00:00:00+09        | 1779894000",
        "2026-05-28T00:00:00.5+05:30   | 1779906600.5",
        "2026-05-28T00:00:00+23:59     | 1779840060",
        "2026-05-28T00:00:00-05        | 1779944400",
        "2026-05-28T00:00:00.123456789Z| 1779926400.123456789",
        "1969-12-31T23:59:59.5Z        | -0.5",
        "0001-01-01T00:00:00Z          | -62135596800",
        "2024-02-29T12:00:00Z          | 1709208000",
        "1766197512                    | 1766197512",
        "1766197512.25                 | 1766197512.25",
        "0                             | 0",
    })
    void readsEachFormToTheSameInstantAsTheSdk(String text, BigDecimal expected) {
        assertThat(TimestampText.epochSeconds(text)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "2026-13-01", "tomorrow", "2026-05-28T25:00:00Z", "2026-05-28T24:00:00Z",
        "2026-05-28T00:00:60Z", "2027-02-29", "2026-04-31", "2026-05-28Z", "2026-05-28T00Z", "2026-05-28T00:00:00+24:00",
        "2026-05-28T00:00:00+09:60", "2026-05-28T00:00:00Z\n", " 1766197512", "-5", "+5", "1e9", "1766197512.",
        "May 28 2026", "\uFF11\uFF17"})
    void refusesEverythingElse(String text) {
        assertThat(TimestampText.epochSeconds(text)).isEmpty();
    }

    @Test
    void readsFractionsToTheNanosecondAndLeavesEpochTextBeyondAnyDateUnread() {
        String manyDigits = "1".repeat(1_000_000);
        assertThat(TimestampText.epochSeconds("2026-05-28T00:00:00." + manyDigits + "Z"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1779926400.111111111"));
        assertThat(TimestampText.epochSeconds("1766197512." + manyDigits))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1766197512.111111111"));
        assertThat(TimestampText.epochSeconds("0".repeat(1_000_000) + "1766197512"))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1766197512"));
        assertThat(TimestampText.epochSeconds("999999999999999999")).isPresent();
        assertThat(TimestampText.epochSeconds("1000000000000000000")).isEmpty();
        assertThat(TimestampText.epochSeconds(manyDigits)).isEmpty();
    }

    /**
     * Every string this reading accepts, the imported schema pattern accepts too; the pattern accepts more only for
     * 29 February of a common year (a date that does not exist, so nothing is compared).
     */
    @Test
    void agreesWithTheImportedPattern() throws IOException {
        Pattern imported;
        try (InputStream in = getClass().getResourceAsStream("/schemas/appflow/2020-08-23/shapes.schema.json")) {
            imported = Pattern.compile(JsonMapper.builder().build().readTree(in).path("$defs").path("Date").path("pattern").asString());
        }
        List<String> samples = new ArrayList<>();
        for (String date : List.of("2026-05-28", "2024-02-29", "2026-02-29", "2026-02-28", "2026-04-30", "2026-04-31",
                "2026-01-31", "2026-13-01", "2026-00-01", "2026-05-00", "2026-05-32")) {
            samples.add(date);
            for (String time : List.of("T00:00", "t23:59:59", " 12:30:00.5", "T24:00", "T23:60", "T12:00:60", "T12", "T12:00:00.")) {
                for (String offset : List.of("", "Z", "z", "+09:00", "-0930", "+09", "+24:00", "-23:59", "+09:60", "+9", "ZZ")) {
                    samples.add(date + time + offset);
                }
            }
        }
        samples.addAll(List.of("1766197512", "1766197512.5", "0", ".5", "5.", "1e3", "-1", ""));
        for (String sample : samples) {
            boolean read = TimestampText.epochSeconds(sample).isPresent();
            boolean matched = imported.matcher(sample).find();
            boolean commonYearLeapDay = sample.startsWith("2026-02-29");
            assertThat(read).as(sample).isEqualTo(matched && !commonYearLeapDay);
        }
        assertThat(samples.stream().filter(s -> TimestampText.epochSeconds(s).isPresent()).count()).isGreaterThan(100);
    }
}
