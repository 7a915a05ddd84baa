package org.appflowcontracts.validator.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.appflowcontracts.validator.ContractValidator;
import org.appflowcontracts.validator.EngineKind;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.parse.LocatedParser;
import org.appflowcontracts.validator.rules.RuleCatalog;
import org.appflowcontracts.validator.rules.RuleInfo;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * The examples shown by rule explanations are honest: each rule's failing fragment, validated as a request
 * (UpdateFlow for the UpdateFlow overlay, CreateFlow otherwise), violates that rule, and its fixed fragment does not.
 */
class RuleExamplesTest {

    @TestFactory
    Stream<DynamicTest> examplesShowTheirRule() {
        return RuleCatalog.load().rules().stream()
                .filter(RuleExamplesTest::isOverlayRule)
                .map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
                    String operation = rule.schemaDocument().endsWith("/update-flow.rules.json")
                            ? "UpdateFlow" : "CreateFlow";
                    assertThat(rule.failingExample()).as("failing example of %s", rule.id()).isNotNull();
                    assertThat(rule.fixedExample()).as("fixed example of %s", rule.id()).isNotNull();
                    assertThat(ids(operation, rule.failingExample()))
                            .as("failing example of %s validated as %s", rule.id(), operation)
                            .contains(rule.reportedId());
                    assertThat(ids(operation, rule.fixedExample()))
                            .as("fixed example of %s validated as %s", rule.id(), operation)
                            .doesNotContain(rule.reportedId());
                }));
    }

    private static List<String> ids(String operation, JsonNode example) throws Exception {
        byte[] json = example.toString().getBytes(StandardCharsets.UTF_8);
        List<Violation> violations = ContractValidator.forOperation(operation, EngineKind.REFERENCE)
                .validate(LocatedParser.parse(json, "example.json")).violations();
        return violations.stream().map(Violation::ruleId).toList();
    }

    /** Only overlay rules carry examples (type-level ids have none). */
    private static boolean isOverlayRule(RuleInfo rule) {
        return rule.schemaDocument().contains("/rules/");
    }
}
