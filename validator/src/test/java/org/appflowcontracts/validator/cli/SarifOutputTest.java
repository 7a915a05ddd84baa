package org.appflowcontracts.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * SARIF output checked against the official SARIF 2.1.0 JSON schema. The schema file
 * ({@code cli/sarif-schema-2.1.0.json}, the 2.1.0-rtm.5 release, a draft-04 schema) is a verbatim copy of
 * {@code lib/schemas/sarif-2.1.0-rtm.5.json} from the npm package {@code @microsoft/jest-sarif@1.0.0-beta.0}
 * (MIT licence).
 */
class SarifOutputTest {

    private static Schema sarifSchema;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = SarifOutputTest.class.getResourceAsStream("/cli/sarif-schema-2.1.0.json")) {
            sarifSchema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        }
    }

    private static JsonNode sarif(String... paths) {
        String[] args = new String[paths.length + 2];
        args[0] = "--format";
        args[1] = "sarif";
        System.arraycopy(paths, 0, args, 2, paths.length);
        CliTest.Result r = CliTest.run(args);
        assertThat(r.exitCode()).as("%s", r).isIn(0, 1, 2);
        return Json.MAPPER.readTree(r.stdout());
    }

    @Test
    void findingsAndInputProblemsAreValidSarif() {
        JsonNode log = sarif(CliTest.BAD, CliTest.GOOD_YAML, CliTest.INPUTS.resolve("truncated.json").toString());
        List<Error> errors = sarifSchema.validate(log);
        assertThat(errors).as("schema errors").isEmpty();

        JsonNode run = log.get("runs").get(0);
        JsonNode driver = run.get("tool").get("driver");
        assertThat(log.get("version").asString()).isEqualTo("2.1.0");
        assertThat(log.get("$schema").asString()).endsWith("sarif-schema-2.1.0.json");
        assertThat(driver.get("name").asString()).isEqualTo("appflow-validate");
        assertThat(driver.get("informationUri").asString()).startsWith("https://");
        JsonNode rules = driver.get("rules");
        assertThat(rules.size()).isGreaterThan(5);
        for (JsonNode rule : rules) {
            assertThat(rule.has("id") && rule.has("shortDescription") && rule.has("fullDescription")
                    && rule.has("help") && rule.get("defaultConfiguration").has("level")).as("%s", rule).isTrue();
        }
        JsonNode results = run.get("results");
        assertThat(results.size()).isGreaterThan(1);
        // The malformed file is the last result: an error of its own, located where the parser stopped.
        JsonNode malformed = results.get(results.size() - 1);
        assertThat(malformed.get("ruleId").asString()).isEqualTo("input.malformed");
        assertThat(malformed.get("level").asString()).isEqualTo("error");
        assertThat(rules.get(malformed.get("ruleIndex").asInt()).get("id").asString()).isEqualTo("input.malformed");
        JsonNode where = malformed.get("locations").get(0).get("physicalLocation");
        assertThat(where.get("artifactLocation").get("uri").asString())
                .isEqualTo("src/test/resources/cli/inputs/truncated.json");
        assertThat(where.get("region").get("startLine").asInt()).isPositive();
        for (JsonNode result : results) {
            if (result == malformed) {
                continue;
            }
            int index = result.get("ruleIndex").asInt();
            assertThat(rules.get(index).get("id").asString()).isEqualTo(result.get("ruleId").asString());
            assertThat(result.get("level").asString()).isIn("error", "warning", "note");
            JsonNode physical = result.get("locations").get(0).get("physicalLocation");
            assertThat(physical.get("artifactLocation").get("uri").asString())
                    .isEqualTo("src/test/resources/cli/flows/missing-trigger.flow.json");
            assertThat(physical.get("artifactLocation").get("uriBaseId").asString()).isEqualTo("%SRCROOT%");
            assertThat(physical.get("region").get("startLine").asInt()).isPositive();
            assertThat(result.get("partialFingerprints").size()).isEqualTo(1);
        }
        JsonNode invocation = run.get("invocations").get(0);
        assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
        assertThat(invocation.get("toolExecutionNotifications").get(0).get("descriptor").get("id").asString())
                .isEqualTo("input.malformed");
    }

    @Test
    void aCleanRunIsValidSarifWithNoResults() {
        JsonNode log = sarif(CliTest.GOOD_JSON);
        assertThat(sarifSchema.validate(log)).isEmpty();
        assertThat(log.get("runs").get(0).get("results").size()).isZero();
    }

    @Test
    void outputIsByteIdenticalAcrossRuns() {
        String first = CliTest.run("--format", "sarif", CliTest.BAD, CliTest.GOOD_YAML).stdout();
        String second = CliTest.run("--format", "sarif", CliTest.BAD, CliTest.GOOD_YAML).stdout();
        assertThat(first).isNotEmpty().isEqualTo(second);
    }

    @Test
    void theSchemaRejectsABrokenLog() {
        JsonNode log = sarif(CliTest.BAD);
        ((tools.jackson.databind.node.ObjectNode) log).put("version", "2.0.0");
        assertThat(sarifSchema.validate(log)).isNotEmpty();
    }
}
