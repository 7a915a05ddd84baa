package org.appflowcontracts.validator.compiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.appflowcontracts.validator.ContractValidator;
import org.appflowcontracts.validator.EngineKind;
import org.appflowcontracts.validator.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Timestamp members in the forms the AWS CLI and SDKs accept: both engines accept the same strings at
 * {@code scheduleStartTime}, refuse the same ones, and order a schedule window the same way whatever forms its
 * two ends are written in.
 */
class TimestampFormsParityTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String SCHEDULED = "/triggerConfig/triggerProperties/Scheduled";
    private static final String START = SCHEDULED + "/scheduleStartTime";
    private static final String END = SCHEDULED + "/scheduleEndTime";
    private static final String FLOW = """
            {"flowName": "salesforce-accounts-to-s3",
             "triggerConfig": {"triggerType": "Scheduled", "triggerProperties": {"Scheduled": {
               "scheduleExpression": "rate(1days)", "dataPullMode": "Complete"}}},
             "sourceFlowConfig": {"connectorType": "Salesforce", "connectorProfileName": "salesforce-prod",
               "sourceConnectorProperties": {"Salesforce": {"object": "Account"}}},
             "destinationFlowConfigList": [{"connectorType": "S3", "destinationConnectorProperties": {"S3": {
               "bucketName": "acme-appflow-exports", "s3OutputFormatConfig": {"fileType": "JSON"}}}}],
             "tasks": [
               {"taskType": "Filter", "sourceFields": ["Id"], "connectorOperator": {"Salesforce": "PROJECTION"}},
               {"taskType": "Map", "sourceFields": ["Id"], "destinationField": "Id",
                "connectorOperator": {"Salesforce": "NO_OP"}}]}""";

    private static JsonNode flow(JsonNode start, JsonNode end) {
        ObjectNode document = (ObjectNode) MAPPER.readTree(FLOW);
        ObjectNode scheduled = (ObjectNode) document.at(SCHEDULED);
        if (start != null) {
            scheduled.set("scheduleStartTime", start);
        }
        if (end != null) {
            scheduled.set("scheduleEndTime", end);
        }
        return document;
    }

    /** A JSON value: quoted text is a string, bare text a number. */
    private static JsonNode value(String text) {
        return MAPPER.readTree(text);
    }

    private static Set<String> violations(JsonNode document, EngineKind engine) {
        List<Violation> found = ContractValidator.forOperation("CreateFlow", engine).validate(document).violations();
        return found.stream().map(v -> v.ruleId() + " " + v.severity().wireName() + " " + v.pointer())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Both engines' violations, after checking they are the same. */
    private static Set<String> agreed(JsonNode document) {
        Set<String> reference = violations(document, EngineKind.REFERENCE);
        assertThat(violations(document, EngineKind.COMPILED)).as("compiled vs reference").isEqualTo(reference);
        return reference;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2026-05-28T00:00:00", "2026-05-28", "2026-05-28T00:00:00+0900", "2026-05-28T00:00:00+09",
        "2026-05-28T00:00:00-09:30", "2026-05-28T00:00", "2026-05-28 00:00:00", "1766197512", "1766197512.5",
        "2026-05-28T00:00:00.123Z", "2026-05-28T00:00:00.123456789+02:00", "2026-05-28t00:00:00z"})
    void acceptsEachSdkFormAtScheduleStartTime(String start) {
        Set<String> clean = agreed(flow(null, null));
        assertThat(clean).as("the base flow is clean").isEmpty();
        assertThat(agreed(flow(MAPPER.getNodeFactory().stringNode(start), null))).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"2026-13-01", "tomorrow", "2026-05-28T25:00:00Z", "", "2026-05-28T00:00:60Z",
        "2026-04-31", "May 28 2026", "-1766197512"})
    void refusesOtherStringsInBothEngines(String start) {
        assertThat(agreed(flow(MAPPER.getNodeFactory().stringNode(start), null))).containsExactly("schema.pattern error " + START);
    }

    @ParameterizedTest(name = "{0} .. {1}: out of order = {2}")
    @CsvSource(delimiter = '|', value = {
        "'\"2026-05-28T09:00:00\"'       | '\"2026-05-28T08:00:00Z\"'      | true",
        "'\"2026-05-28T09:00:00\"'       | '\"2026-05-28T09:00:00Z\"'      | true",
        "'\"2026-05-28T09:00:00\"'       | '\"2026-05-28T09:00:01Z\"'      | false",
        "'\"2026-05-28T09:00:00\"'       | '\"2026-05-28T10:00:00Z\"'      | false",
        "'\"2026-05-28T09:00:00+09:00\"' | '\"2026-05-28T08:00:00Z\"'      | false",
        "'\"2026-05-28T09:00:00+0900\"'  | '\"2026-05-28T00:00:00Z\"'      | true",
        "'\"2026-05-28T00:00:00-05\"'    | '\"2026-05-28T04:59:59Z\"'      | true",
        "'\"2026-05-28\"'                | 1779926400                      | true",
        "'\"2026-05-28\"'                | '\"1779926400.5\"'              | false",
        "'\"1779926400\"'                | 1779926399                      | true",
        "'\"2026-05-28T00:00:00.25Z\"'   | '\"2026-05-28T00:00:00.2Z\"'    | true",
        "'\"2026-05-28t09:00:00z\"'      | '\"2026-05-28 09:00:01\"'       | false",
        "'\"2027-02-29\"'                | '\"2020-01-01T00:00:00Z\"'      | false",
    })
    void ordersTheScheduleWindowWhateverTheForms(String start, String end, boolean outOfOrder) {
        Set<String> found = agreed(flow(value(start), value(end)));
        assertThat(found.contains("SCHEDULE_WINDOW_ORDER error " + END)).as(found.toString()).isEqualTo(outOfOrder);
        assertThat(found).allMatch(v -> v.startsWith("SCHEDULE_WINDOW_ORDER "));
    }

    @ParameterizedTest(name = "{0}: warned = {1}")
    @CsvSource(delimiter = '|', value = {
        "'\"1767225600000\"'   | true",
        "'\"100000000000.5\"'  | true",
        "'\"0100000000001\"'   | true",
        "'\"100000000000\"'    | false",
        "'\"100000000000.00\"' | false",
        "'\"99999999999.9\"'   | false",
        "'\"1767225600\"'      | false",
        "'\"2026-05-28\"'      | false",
        "1767225600000         | true",
        "100000000000          | false",
    })
    void warnsOnMillisecondsAsNumberOrDigitString(String start, boolean warned) {
        Set<String> found = agreed(flow(value(start), null));
        assertThat(found).isEqualTo(warned ? Set.of("TIMESTAMP_EPOCH_SECONDS warning " + START) : Set.of());
    }
}
