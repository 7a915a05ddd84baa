package org.appflowcontracts.codegen.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.appflowcontracts.codegen.Fixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values the document does not fix ({@code "<unknown>"} in these documents) in the fixture's shapes and rules:
 * type-level keywords, {@code if/then}, and the appflow vocabulary. No finding may depend on an unknown value;
 * findings that do not depend on one are reported as usual. Each case is paired with its known counterpart, so
 * the rule is shown to fire when the value is known.
 */
class UnknownValuesFixtureRulesTest {

    @TempDir
    static Path work;

    private static CompiledPipeRules compiled;

    @BeforeAll
    static void compile() throws IOException {
        compiled = CompiledPipeRules.compile(work, Fixture.read("rules/pipe.rules.json"));
    }

    private static List<String> findings(String json) throws Exception {
        return compiled.validateWithUnknowns(json).stream().map(f -> f.ruleId() + " " + f.pointer()).toList();
    }

    private static String pipe(String members) {
        return "{\"pipeName\": \"orders\", \"connectorType\": \"Salesforce\"" + members + "}";
    }

    @Test
    void anUnknownValueFailsNoTypeLevelCheck() throws Exception {
        assertThat(findings("{\"pipeName\": \"bad name!\", \"connectorType\": \"Oracle\"}"))
                .containsExactlyInAnyOrder("schema.pattern /pipeName", "schema.enum /connectorType");
        assertThat(findings("{\"pipeName\": \"<unknown>\", \"connectorType\": \"<unknown>\"}")).isEmpty();
        assertThat(findings("\"<unknown>\"")).isEmpty();
        assertThat(findings(pipe(", \"stages\": \"<unknown>\", \"schedule\": \"<unknown>\", \"tags\": \"<unknown>\""))).isEmpty();
    }

    @Test
    void anUnknownMemberIsPresentAndItsNameIsJudged() throws Exception {
        assertThat(findings("{\"pipeName\": \"<unknown>\"}")).containsExactly("schema.required ");
        assertThat(findings(pipe(", \"extra\": \"<unknown>\""))).containsExactly("schema.additionalProperties /extra");
        assertThat(findings(pipe(", \"tags\": {\"abc\": \"<unknown>\", \"BAD\": \"<unknown>\"}")))
                .containsExactly("schema.propertyNames /tags/BAD");
        assertThat(findings(pipe(", \"tags\": {\"abc\": \"<unknown>\", \"def\": \"far too long\"}")))
                .containsExactly("schema.maxLength /tags/def");
    }

    @Test
    void unknownItemsLeaveTheKnownItemsChecked() throws Exception {
        assertThat(findings(pipe(", \"stages\": [\"<unknown>\", {\"name\": \"bad name!\", \"kind\": \"<unknown>\"}]")))
                .containsExactly("schema.pattern /stages/1/name");
        assertThat(findings(pipe(", \"stages\": [\"<unknown>\", \"<unknown>\"]"))).isEmpty();
    }

    @Test
    void anArrayOfUnknownItemsHasAKnownLength() throws Exception {
        String eleven = String.join(", ", java.util.Collections.nCopies(11, "\"<unknown>\""));
        assertThat(findings(pipe(", \"stages\": [" + eleven + "]"))).containsExactly("schema.maxItems /stages");
        assertThat(findings(pipe(", \"stages\": [" + eleven.substring(eleven.indexOf(',') + 2) + "]"))).isEmpty();
    }

    @Test
    void anUnknownNumberFailsNoBound() throws Exception {
        assertThat(findings(pipe(", \"schedule\": {\"offset\": -1}"))).containsExactly("schema.minimum /schedule/offset");
        assertThat(findings(pipe(", \"schedule\": {\"offset\": \"<unknown>\"}"))).isEmpty();
    }

    @Test
    void anUnknownConditionAppliesNeitherBranch() throws Exception {
        assertThat(findings("{\"pipeName\": \"orders\", \"connectorType\": \"SAPOData\"}")).containsExactly("SAP_NEEDS_SCHEDULE ");
        assertThat(findings("{\"pipeName\": \"orders\", \"connectorType\": \"<unknown>\"}")).isEmpty();
        assertThat(findings(pipe(", \"stages\": [{\"name\": \"a\", \"kind\": \"Map\", \"fields\": []}]")))
                .containsExactly("NO_EMPTY_MAP /stages/0/fields");
        assertThat(findings(pipe(", \"stages\": [{\"name\": \"a\", \"kind\": \"<unknown>\", \"fields\": []}]"))).isEmpty();
    }

    @Test
    void orderedReportsNothingAboutAnUnknownBound() throws Exception {
        String later = "\"2024-02-01T00:00:00Z\"";
        String earlier = "\"2024-01-01T00:00:00Z\"";
        assertThat(findings(pipe(", \"schedule\": {\"startTime\": " + later + ", \"endTime\": " + earlier + "}")))
                .containsExactly("SCHEDULE_ORDER /schedule/endTime");
        assertThat(findings(pipe(", \"schedule\": {\"startTime\": \"<unknown>\", \"endTime\": " + earlier + "}"))).isEmpty();
        assertThat(findings(pipe(", \"schedule\": {\"startTime\": " + later + ", \"endTime\": \"<unknown>\"}"))).isEmpty();
    }

    @Test
    void uniqueReportsOnlyDuplicatesOfKnownNames() throws Exception {
        assertThat(findings(pipe(", \"stages\": [{\"name\": \"a\", \"kind\": \"Map\"}, {\"name\": \"<unknown>\", \"kind\": \"Map\"},"
                + " \"<unknown>\", {\"name\": \"a\", \"kind\": \"Map\"}]"))).containsExactly("UNIQUE_STAGE_NAMES /stages/3/name");
        assertThat(findings(pipe(", \"stages\": [{\"name\": \"a\", \"kind\": \"Map\"}, {\"name\": \"<unknown>\", \"kind\": \"Map\"}]")))
                .isEmpty();
    }

    @Test
    void coveredReportsNothingWhenTheCoveringSideIsNotKnown() throws Exception {
        String filter = "{\"name\": \"f\", \"kind\": \"Filter\", \"fields\": [\"<unknown>\", \"y\"]}";
        assertThat(findings(pipe(", \"stages\": [{\"name\": \"m\", \"kind\": \"Map\", \"fields\": [\"x\"]}, " + filter + "]")))
                .containsExactly("FIELDS_COVERED /stages/1/fields/1");
        assertThat(findings(pipe(", \"stages\": [{\"name\": \"m\", \"kind\": \"<unknown>\", \"fields\": [\"x\"]}, " + filter + "]")))
                .isEmpty();
        assertThat(findings(pipe(", \"stages\": [{\"name\": \"m\", \"kind\": \"Map\", \"fields\": [\"x\", \"<unknown>\"]}, " + filter + "]")))
                .isEmpty();
        assertThat(findings(pipe(", \"stages\": [{\"name\": \"m\", \"kind\": \"Map\", \"fields\": \"<unknown>\"}, " + filter + "]")))
                .isEmpty();
        assertThat(findings(pipe(", \"stages\": [\"<unknown>\", " + filter + "]"))).isEmpty();
        assertThat(findings(pipe(", \"stages\": [{\"name\": \"m\", \"kind\": \"Map\", \"fields\": [\"x\"]},"
                + " {\"name\": \"f\", \"kind\": \"<unknown>\", \"fields\": [\"y\"]}]"))).isEmpty();
    }
}
