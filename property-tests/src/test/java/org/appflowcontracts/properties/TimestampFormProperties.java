package org.appflowcontracts.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.appflowcontracts.validator.vocabulary.TimestampText;

import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Timestamp strings assembled from valid and broken parts (field values out of range, separators, offset forms,
 * epoch text): both engines agree; a string the shared reading accepts never gets a type-level error; and the
 * schedule window is reported out of order exactly when both ends read as times and the start is not before the
 * end.
 */
class TimestampFormProperties {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Engines ENGINES = Engines.of("CreateFlow");
    private static final String SCHEDULED = "/triggerConfig/triggerProperties/Scheduled";
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

    private static final int TRIES = 600;

    @Test
    void bothEnginesReadTimestampStringsAlike() {
        PropertyCheck.forAll(TRIES, windows(), TimestampFormProperties::enginesReadWindowAlike);
    }

    private static void enginesReadWindowAlike(Pair<String, String> window) {
        String start = window._1;
        String end = window._2;
        ObjectNode flow = (ObjectNode) JSON.readTree(FLOW);
        ObjectNode scheduled = (ObjectNode) flow.at(SCHEDULED);
        scheduled.put("scheduleStartTime", start);
        scheduled.put("scheduleEndTime", end);
        Set<Engines.Finding> reference = ENGINES.referenceFindings(flow);
        assertThat(ENGINES.compiledFindings(flow)).isEqualTo(reference);

        Optional<BigDecimal> from = TimestampText.epochSeconds(start);
        Optional<BigDecimal> to = TimestampText.epochSeconds(end);
        Set<String> typeLevel = reference.stream().filter(f -> f.ruleId().startsWith("schema."))
                .map(Engines.Finding::pointer).collect(Collectors.toSet());
        assertTypeLevelIffUnreadable(typeLevel, "scheduleStartTime", start, from);
        assertTypeLevelIffUnreadable(typeLevel, "scheduleEndTime", end, to);
        boolean outOfOrder = from.isPresent() && to.isPresent() && from.get().compareTo(to.get()) >= 0;
        assertThat(reference.contains(new Engines.Finding("SCHEDULE_WINDOW_ORDER", SCHEDULED + "/scheduleEndTime", "ERROR")))
                .as("%s .. %s", start, end).isEqualTo(outOfOrder);
    }

    /**
     * A readable string is never a type-level error; an unreadable one always is, except 29 February of a common
     * year (the pattern bounds days per month, not per year).
     */
    private static void assertTypeLevelIffUnreadable(Set<String> typeLevel, String member, String text,
            Optional<BigDecimal> read) {
        boolean flagged = typeLevel.contains(SCHEDULED + "/" + member);
        if (read.isPresent()) {
            assertThat(flagged).as("%s \"%s\" reads as a time", member, text).isFalse();
        } else if (!text.contains("-02-29")) {
            assertThat(flagged).as("%s \"%s\" does not read as a time", member, text).isTrue();
        }
    }

    /** Two ends; most share a date, so offsets and times decide their order. */
    static Gen<Pair<String, String>> windows() {
        Gen<String> date = mostly(of("2026", "2024", "1969"), of("0001", "9999")).zip(
                mostly(of("01", "02", "04", "12"), of("13", "00")),
                mostly(of("01", "15", "28"), of("29", "30", "31", "32", "00")),
                (y, m, d) -> y + "-" + m + "-" + d);
        Gen<String> time = mostly(of("T", "t", " "), of("_", "")).zip(
                mostly(of("00", "09", "23"), of("24", "9")),
                mostly(of(":00", ":30", ":59"), of(":60", "")),
                mostly(of(":00", ":59", ""), of(":60", ".5")),
                mostly(of("", ".5", ".123456789"), of(".")),
                (sep, h, m, sec, f) -> sep + h + m + sec + f);
        Gen<String> offset = mostly(of("", "Z", "z", "+09:00", "-05:30", "+0900", "-0530", "+09", "-00", "+23:59"),
                of("+24:00", "+09:60", "+9", "ZZ"));
        Gen<String> epoch = of("1767225600", "1767225600.5", "1779926400", "0", "-1", "1e9", "1767225600.",
                " 1767225600", "1767225600000");
        Gen<String> other = of("", "tomorrow", "May 28 2026", "2026-05-28\n");
        // a clock without its time part one time in five: the offset alone follows the date
        Gen<String> clock = time.toOptionals(20).zip(offset, (t, o) -> t.map(text -> text + o).orElse(o));
        Gen<Pair<String, String>> sameDate = date.zip(clock, clock, (d, a, b) -> Pair.of(d + a, d + b));
        Gen<String> any = Generate.frequency(Pair.of(8, date.zip(clock, String::concat)), Pair.of(3, epoch),
                Pair.of(1, other));
        Gen<Pair<String, String>> anyPair = any.zip(any, Pair::of);
        return Generate.frequency(Pair.of(7, sameDate), Pair.of(3, anyPair));
    }

    /** Valid parts four times out of five, broken ones otherwise. */
    private static Gen<String> mostly(Gen<String> valid, Gen<String> broken) {
        return Generate.frequency(Pair.of(4, valid), Pair.of(1, broken));
    }

    private static Gen<String> of(String... values) {
        return Generate.pick(List.of(values));
    }
}
