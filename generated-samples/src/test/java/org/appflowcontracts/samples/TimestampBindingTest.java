package org.appflowcontracts.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.appflowcontracts.samples.appflow.ScheduledTriggerProperties;
import org.appflowcontracts.samples.appflow.validation.CreateFlowRequestValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Which timestamp forms the generated records bind to {@link Instant}: every form the schema accepts, to the
 * instant the validators read (RFC 3339, epoch seconds as a number or text, and the other SDK forms: no offset,
 * date only, offsets without a colon, no seconds, a space separator); anything else is refused.
 */
class TimestampBindingTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static String scheduled(String startTime) {
        return "{\"scheduleExpression\": \"rate(1days)\", \"scheduleStartTime\": " + startTime + "}";
    }

    /** Findings of the compiled CreateFlow validator at the start time, with the flow scheduled to start then. */
    private static long findingsAtStartTime(String scheduledJson) {
        ObjectNode flow = MAPPER.valueToTree(Flows.salesforceToS3());
        flow.set("triggerConfig", MAPPER.readTree(
                "{\"triggerType\": \"Scheduled\", \"triggerProperties\": {\"Scheduled\": " + scheduledJson + "}}"));
        return CreateFlowRequestValidator.validate(flow).stream()
                .filter(f -> f.pointer().equals("/triggerConfig/triggerProperties/Scheduled/scheduleStartTime"))
                .count();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'\"2026-05-28T00:00:00Z\"'            | 2026-05-28T00:00:00Z",
        "'\"2026-05-28t00:00:00z\"'            | 2026-05-28T00:00:00Z",
        "'\"2026-05-28T00:00:00+09:00\"'       | 2026-05-27T15:00:00Z",
        "'\"2026-05-28T00:00:00.123456789Z\"'  | 2026-05-28T00:00:00.123456789Z",
        "'\"1766197512\"'                      | 2025-12-20T02:25:12Z",
        "'\"1766197512.5\"'                    | 2025-12-20T02:25:12.500Z",
        "1766197512                            | 2025-12-20T02:25:12Z",
    })
    void bindsRfc3339AndEpochSecondsToTheInstantTheValidatorsRead(String json, String instant) {
        assertThat(findingsAtStartTime(scheduled(json))).isZero();
        assertThat(MAPPER.readValue(scheduled(json), ScheduledTriggerProperties.class).scheduleStartTime())
                .isEqualTo(Instant.parse(instant));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2026-05-28T00:00:00       | 2026-05-28T00:00:00Z",
        "2026-05-28                | 2026-05-28T00:00:00Z",
        "2026-05-28T00:00:00+0900  | 2026-05-27T15:00:00Z",
        "2026-05-28T00:00:00+09    | 2026-05-27T15:00:00Z",
        "2026-05-28T00:00          | 2026-05-28T00:00:00Z",
        "2026-05-28 00:00:00       | 2026-05-28T00:00:00Z",
    })
    void otherSdkFormsBindToTheSameInstantToo(String text, String instant) {
        String json = scheduled("\"" + text + "\"");
        assertThat(findingsAtStartTime(json)).isZero();
        assertThat(MAPPER.readValue(json, ScheduledTriggerProperties.class).scheduleStartTime())
                .isEqualTo(Instant.parse(instant));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1e-10000000                        | 1970-01-01T00:00:00Z",
        "-1e-10000000                       | 1969-12-31T23:59:59.999999999Z",
        "'\"2026-05-28T00:00:00.1234567891234Z\"' | 2026-05-28T00:00:00.123456789Z",
    })
    void extremeValuesBindWithoutBuildingHugeNumbers(String json, String instant) {
        assertThat(MAPPER.readValue(scheduled(json), ScheduledTriggerProperties.class).scheduleStartTime())
                .isEqualTo(Instant.parse(instant));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1e10000000", "\"1000000000000000000\""})
    void valuesBeyondAnyInstantAreRefused(String json) {
        assertThatThrownBy(() -> MAPPER.readValue(scheduled(json), ScheduledTriggerProperties.class))
                .isInstanceOf(InvalidFormatException.class);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"tomorrow", "2026-13-01", "2026-05-28T25:00:00Z", ""})
    void textThatIsNoTimestampIsRefusedWhereItStands(String text) {
        String json = scheduled("\"" + text + "\"");
        assertThat(findingsAtStartTime(json)).isOne();
        assertThatThrownBy(() -> MAPPER.readValue(json, ScheduledTriggerProperties.class))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageContaining("not a timestamp");
    }
}
