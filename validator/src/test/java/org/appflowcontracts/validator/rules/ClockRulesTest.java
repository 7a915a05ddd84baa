package org.appflowcontracts.validator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.appflowcontracts.validator.ContractValidator;
import org.appflowcontracts.validator.EngineKind;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** A schedule start already in the past is a warning, judged at an injected clock, the same in both engines. */
class ClockRulesTest {

    private static final String RULE = "SCHEDULE_START_IN_FUTURE";
    private static final String POINTER = "/triggerConfig/triggerProperties/Scheduled/scheduleStartTime";

    private static String flow(String startTime) {
        return """
                flowName: nightly
                triggerConfig:
                  triggerType: Scheduled
                  triggerProperties:
                    Scheduled:
                      scheduleExpression: rate(1days)
                      scheduleStartTime: %s
                """.formatted(startTime);
    }

    private static List<Violation> timed(String operation, EngineKind engine, String yaml, String now) throws Exception {
        Clock clock = Clock.fixed(Instant.parse(now), ZoneOffset.UTC);
        return ContractValidator.forOperation(operation, engine).withClock(clock)
                .validate(yaml.getBytes(StandardCharsets.UTF_8), "flow.yaml").violations().stream()
                .filter(v -> v.ruleId().equals(RULE)).toList();
    }

    @ParameterizedTest
    @CsvSource({
        "CreateFlow, COMPILED, 2026-06-01T00:00:00Z",
        "CreateFlow, REFERENCE, 2026-06-01T00:00:00Z",
        "UpdateFlow, COMPILED, 1780272000",
        "CreateFlow, COMPILED, '\"2026-06-01\"'",
    })
    void aStartBeforeTheClockIsAWarningAtTheStartTime(String operation, EngineKind engine, String start) throws Exception {
        List<Violation> found = timed(operation, engine, flow(start), "2026-06-01T00:00:01Z");
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.pointer()).isEqualTo(POINTER);
            assertThat(v.line()).isEqualTo(7);
            assertThat(v.column()).as("the member, as other findings").isEqualTo(7);
            assertThat(v.message()).startsWith("Move scheduleStartTime to a time after the flow is deployed");
        });
        assertThat(timed(operation, engine, flow(start), "2026-06-01T00:00:00Z")).as("not before now").isEmpty();
    }

    @Test
    void withoutAnInjectedClockTheBuildsFixedNowIsUsed() throws Exception {
        assertThat(ClockRules.defaultClock().instant()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
        ContractValidator validator = ContractValidator.forOperation("CreateFlow", EngineKind.COMPILED);
        assertThat(validator.validate(flow("2019-12-31T23:59:59Z").getBytes(StandardCharsets.UTF_8), "f.yaml")
                .violations()).extracting(Violation::ruleId).contains(RULE);
        assertThat(validator.validate(flow("2020-01-01T00:00:00Z").getBytes(StandardCharsets.UTF_8), "f.yaml")
                .violations()).extracting(Violation::ruleId).doesNotContain(RULE);
    }

    @Test
    void aResponseOrAnUnreadableTimeIsNotJudged() throws Exception {
        assertThat(timed("CreateFlow", EngineKind.COMPILED, flow("soon"), "2030-01-01T00:00:00Z")).isEmpty();
        assertThat(timed("DescribeFlowResponse", EngineKind.REFERENCE, flow("2020-01-01"), "2030-01-01T00:00:00Z"))
                .isEmpty();
    }

    @Test
    void theRuleIsListedWithExamplesThatShowIt() throws Exception {
        ClockRules.ClockRule rule = ClockRules.shipped().rules().stream().filter(r -> r.info().id().equals(RULE))
                .findFirst().orElseThrow();
        assertThat(rule.info().severity()).as("unproven that AWS rejects it").isEqualTo(Severity.WARNING);
        String now = "2026-12-05T00:00:00Z";
        assertThat(timed("CreateFlow", EngineKind.REFERENCE, rule.info().failingExample().toString(), now)).hasSize(1);
        assertThat(timed("CreateFlow", EngineKind.REFERENCE, rule.info().fixedExample().toString(), now)).isEmpty();
    }
}
