package org.appflowcontracts.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.appflowcontracts.validator.vocabulary.TimestampText;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
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

    @Property(seed = Seeds.FIXED, tries = 600)
    void bothEnginesReadTimestampStringsAlike(@ForAll("windows") Tuple.Tuple2<String, String> window) {
        String start = window.get1();
        String end = window.get2();
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
    @Provide
    Arbitrary<Tuple.Tuple2<String, String>> windows() {
        Arbitrary<String> date = Combinators.combine(
                mostly(Arbitraries.of("2026", "2024", "1969"), Arbitraries.of("0001", "9999")),
                mostly(Arbitraries.of("01", "02", "04", "12"), Arbitraries.of("13", "00")),
                mostly(Arbitraries.of("01", "15", "28"), Arbitraries.of("29", "30", "31", "32", "00")))
                .as((y, m, d) -> y + "-" + m + "-" + d);
        Arbitrary<String> time = Combinators.combine(
                mostly(Arbitraries.of("T", "t", " "), Arbitraries.of("_", "")),
                mostly(Arbitraries.of("00", "09", "23"), Arbitraries.of("24", "9")),
                mostly(Arbitraries.of(":00", ":30", ":59"), Arbitraries.of(":60", "")),
                mostly(Arbitraries.of(":00", ":59", ""), Arbitraries.of(":60", ".5")),
                mostly(Arbitraries.of("", ".5", ".123456789"), Arbitraries.of(".")))
                .as((sep, h, m, sec, f) -> sep + h + m + sec + f);
        Arbitrary<String> offset = mostly(Arbitraries.of("", "Z", "z", "+09:00", "-05:30", "+0900", "-0530", "+09", "-00",
                "+23:59"), Arbitraries.of("+24:00", "+09:60", "+9", "ZZ"));
        Arbitrary<String> epoch = Arbitraries.of("1767225600", "1767225600.5", "1779926400", "0", "-1", "1e9",
                "1767225600.", " 1767225600", "1767225600000");
        Arbitrary<String> other = Arbitraries.of("", "tomorrow", "May 28 2026", "2026-05-28\n");
        Arbitrary<String> clock = Combinators.combine(time.injectNull(0.2), offset).as((t, o) -> t == null ? o : t + o);
        Arbitrary<Tuple.Tuple2<String, String>> sameDate = Combinators.combine(date, clock, clock)
                .as((d, a, b) -> Tuple.of(d + a, d + b));
        Arbitrary<String> any = Arbitraries.frequencyOf(Tuple.of(8, Combinators.combine(date, clock).as(String::concat)),
                Tuple.of(3, epoch), Tuple.of(1, other));
        Arbitrary<Tuple.Tuple2<String, String>> anyPair = Combinators.combine(any, any).as(Tuple::of);
        return Arbitraries.frequencyOf(Tuple.of(7, sameDate), Tuple.of(3, anyPair));
    }

    /** Valid parts four times out of five, broken ones otherwise. */
    private static Arbitrary<String> mostly(Arbitrary<String> valid, Arbitrary<String> broken) {
        return Arbitraries.frequencyOf(Tuple.of(4, valid), Tuple.of(1, broken));
    }
}
