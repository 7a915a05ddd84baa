package org.appflowcontracts.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The imported timestamp pattern accepts the string forms the AWS CLI and SDKs convert to epoch seconds (schemas
 * README, "Timestamps") and nothing else, with the same verdict in {@code java.util.regex} ({@code find()}) and
 * ECMA-262 read without and with the {@code u} flag.
 */
class TimestampPatternTest {

    static final List<String> ACCEPTED = List.of(
            "2026-05-28T00:00:00Z", "2026-05-28T00:00:00", "2026-05-28", "2026-05-28T00:00:00+0900",
            "2026-05-28T00:00:00+09:00", "2026-05-28T00:00:00-09", "2026-05-28T00:00", "2026-05-28 00:00:00",
            "2026-05-28T00:00:00.123456789Z", "2026-05-28t00:00:00z", "2026-05-28T23:59:59.5-00:00",
            "1766197512", "1766197512.5", "0", "2024-02-29", "2026-04-30", "2026-12-31T00:00:00+23:59");

    static final List<String> REJECTED = List.of(
            "", "2026-13-01", "tomorrow", "2026-05-28T25:00:00Z", "2026-05-28T24:00:00Z", "2026-05-28T00:00:60Z",
            "2026-04-31", "2026-02-30", "2026-00-10", "2026-05-00", "2026-05-28Z", "2026-05-28T00Z",
            "2026-05-28T00:00:00.Z", "2026-05-28T00:00:00+24:00", "2026-05-28T00:00:00+09:60",
            "2026-05-28T00:00:00+9", "2026-05-28T00:00:00Z\n", "2026-05-28\n", "1766197512\n", "\n1766197512",
            " 1766197512", "1766197512 ", "-5", "+1766197512", "1766197512.", ".5", "1e9", "May 28 2026",
            "2026-05-28T00:00:00ZZ", "2026-05-28T00:00:00\u2028", "\uFF11\uFF17", "26-05-28", "20260528T000000Z");

    private static String timestampPattern() {
        return SchemaFiles.shapesSchema().path("$defs").path("Date").path("pattern").asString();
    }

    private static List<Boolean> verdicts(String value) {
        String pattern = timestampPattern();
        return List.of(Pattern.compile(pattern).matcher(value).find(), new EcmaRegex(pattern).test(value),
                EcmaRegex.unicode(pattern).test(value));
    }

    @ParameterizedTest(name = "accepts \"{0}\"")
    @FieldSource("ACCEPTED")
    void acceptsEverySdkInputForm(String value) {
        assertThat(verdicts(value)).containsExactly(true, true, true);
    }

    @ParameterizedTest(name = "rejects \"{0}\"")
    @FieldSource("REJECTED")
    void rejectsEverythingElse(String value) {
        assertThat(verdicts(value)).containsExactly(false, false, false);
    }
}
