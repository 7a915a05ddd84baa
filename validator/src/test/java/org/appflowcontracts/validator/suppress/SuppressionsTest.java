package org.appflowcontracts.validator.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.appflowcontracts.validator.FlowFileValidator;
import org.appflowcontracts.validator.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suppressions written in flow files, templates and Terraform, and baselines, on real findings. */
class SuppressionsTest {

    static final Path EXAMPLES = Path.of("../examples");

    @TempDir
    Path temp;

    private static final String YAML_FLOW = """
            flowName: orders copy
            triggerConfig:
              triggerType: OnDemand
            sourceFlowConfig:
              connectorType: S3
              sourceConnectorProperties:
                S3:
                  bucketName: example-orders-raw
                  bucketPrefix: incoming
            destinationFlowConfigList:
              - connectorType: S3
                destinationConnectorProperties:
                  S3:
                    bucketName: example-orders-clean
                    bucketPrefix: copied
                    s3OutputFormatConfig:
                      fileType: CSV
            tasks:
              - taskType: Map_all
                sourceFields: []
                connectorOperator:
                  S3: NO_OP
                taskProperties: {}
            """;

    private static Suppressions.Applied check(String text, String name) throws Exception {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        List<Violation> findings = FlowFileValidator.standard().validate(content, name).violations();
        return SuppressionPolicy.none().apply(Path.of(name), content, Optional.empty(), findings);
    }

    @Test
    void withoutSuppressionsTheFlowHasItsFinding() throws Exception {
        assertThat(check(YAML_FLOW, "orders.yaml").reported()).extracting(Violation::ruleId)
                .containsExactly("FLOW_NAME_FORMAT");
    }

    @Test
    void aYamlCommentOnTheLineOrAboveItSuppressesWithItsReason() throws Exception {
        Suppressions.Applied onLine = check(YAML_FLOW.replace("orders copy",
                "orders copy  # appflow-contracts: ignore FLOW_NAME_FORMAT -- named before the rule"), "o.yaml");
        assertThat(onLine.reported()).isEmpty();
        Suppressed s = onLine.suppressed().get(0);
        assertThat(s.violation().ruleId()).isEqualTo("FLOW_NAME_FORMAT");
        assertThat(s.by().kind()).isEqualTo(Suppression.Kind.IN_SOURCE);
        assertThat(s.by().justification()).isEqualTo("named before the rule");

        Suppressions.Applied above = check("# appflow-contracts: ignore FLOW_NAME_FORMAT\n\n" + YAML_FLOW, "o.yaml");
        assertThat(above.reported()).isEmpty();
        assertThat(above.suppressed()).hasSize(1);
    }

    @Test
    void aCommentForAnotherLineOrRuleSuppressesNothingAndIsReportedUnused() throws Exception {
        String text = YAML_FLOW.replace("triggerType: OnDemand",
                "triggerType: OnDemand # appflow-contracts: ignore FLOW_NAME_FORMAT");
        Suppressions.Applied applied = check(text, "o.yaml");
        assertThat(applied.reported()).extracting(Violation::ruleId)
                .containsExactly("FLOW_NAME_FORMAT", Suppressions.UNUSED_RULE_ID);
        Violation unused = applied.reported().get(1);
        assertThat(unused.line()).isEqualTo(3);
        assertThat(unused.severity().wireName()).isEqualTo("warning");
    }

    @Test
    void aCommentWithoutARuleIdIsAnInvalidSuppression() throws Exception {
        Suppressions.Applied applied = check(YAML_FLOW.replace("orders copy",
                "orders copy # appflow-contracts: ignore"), "o.yaml");
        assertThat(applied.reported()).extracting(Violation::ruleId)
                .containsExactly("FLOW_NAME_FORMAT", Suppressions.INVALID_RULE_ID);
    }

    @Test
    void theJsonBodyMemberIsRemovedBeforeCheckingAndSuppressesTheWholeFile() throws Exception {
        String body = Files.readString(EXAMPLES.resolve("flow-name-with-space.json")).replaceFirst("\\{",
                "{\n  \"x-appflow-contracts\": {\"ignore\": [\"FLOW_NAME_FORMAT\"], \"reason\": \"legacy name\"},");
        Suppressions.Applied applied = check(body, "flow.json");
        assertThat(applied.reported()).isEmpty();
        assertThat(applied.suppressed()).extracting(s -> s.violation().ruleId()).containsExactly("FLOW_NAME_FORMAT");
        assertThat(applied.suppressed().get(0).by().justification()).isEqualTo("legacy name");
    }

    @Test
    void noAppFlowMemberCanCollideWithTheBodyMember() throws Exception {
        try (var files = Files.walk(Path.of("../schemas/src/main/resources/schemas/appflow"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                assertThat(Files.readString(file)).as("%s", file).doesNotContain("\"x-");
            }
        }
    }

    @Test
    void cloudFormationMetadataSuppressesInItsResourceOnly() throws Exception {
        String template = Files.readString(EXAMPLES.resolve("cloudformation/salesforce-sync-stack.yaml"));
        assertThat(check(template, "stack.yaml").reported()).extracting(Violation::ruleId)
                .contains("DEST_WRITE_OP_NEEDS_ID_FIELDS");
        String withMetadata = template.replace("  ContactsBack:\n    Type: AWS::AppFlow::Flow\n",
                "  ContactsBack:\n    Type: AWS::AppFlow::Flow\n    Metadata:\n      appflow-contracts:\n"
                        + "        ignore: [DEST_WRITE_OP_NEEDS_ID_FIELDS]\n        reason: upsert keys come next sprint\n");
        assertThat(withMetadata).isNotEqualTo(template);
        Suppressions.Applied applied = check(withMetadata, "stack.yaml");
        assertThat(applied.reported()).extracting(Violation::ruleId).doesNotContain("DEST_WRITE_OP_NEEDS_ID_FIELDS");
        assertThat(applied.suppressed()).allSatisfy(s -> assertThat(s.violation().resource()).isEqualTo("ContactsBack"));
        assertThat(applied.suppressed()).isNotEmpty();
    }

    @Test
    void aTerraformCommentAboveAResourceSuppressesItsSubRules() throws Exception {
        String tf = Files.readString(EXAMPLES.resolve("terraform/zendesk-tickets.tf"));
        assertThat(check(tf, "main.tf").reported()).extracting(Violation::ruleId)
                .contains("CONNECTOR_OPERATOR_WHITELIST.zendesk");
        String commented = tf.replace("resource \"aws_appflow_flow\" \"zendesk_tickets\"",
                "# appflow-contracts: ignore CONNECTOR_OPERATOR_WHITELIST -- the connector accepts it since 2024\n"
                        + "resource \"aws_appflow_flow\" \"zendesk_tickets\"");
        Suppressions.Applied applied = check(commented, "main.tf");
        assertThat(applied.reported()).extracting(Violation::ruleId)
                .doesNotContain("CONNECTOR_OPERATOR_WHITELIST.zendesk");
        assertThat(applied.suppressed()).extracting(s -> s.by().scope())
                .containsOnly(new Suppression.InResource("aws_appflow_flow.zendesk_tickets"));
    }

    @Test
    void aBaselineKeepsMatchingWhenLinesShiftAndCoversEachFindingOnce() throws Exception {
        Path flow = temp.resolve("flows/orders.yaml");
        Files.createDirectories(flow.getParent());
        List<Violation> before = check(YAML_FLOW, "orders.yaml").reported();
        Path baselineFile = temp.resolve(".appflow-contracts-baseline.json");
        Baseline.of(baselineFile, Map.of(flow, before)).write(baselineFile);
        Baseline baseline = Baseline.read(baselineFile);
        assertThat(Files.readString(baselineFile)).contains("\"file\" : \"flows/orders.yaml\"");

        String shifted = "# a comment added at the top\n\n" + YAML_FLOW;
        byte[] content = shifted.getBytes(StandardCharsets.UTF_8);
        List<Violation> after = FlowFileValidator.standard().validate(content, "orders.yaml").violations();
        assertThat(after.get(0).line()).isEqualTo(before.get(0).line() + 2);
        SuppressionPolicy policy = new SuppressionPolicy(List.of(), Optional.of(baseline));
        assertThat(policy.apply(flow, content, Optional.empty(), after).reported()).isEmpty();

        List<Violation> twice = List.of(after.get(0), after.get(0));
        assertThat(policy.apply(flow, content, Optional.empty(), twice).reported()).hasSize(1);
        assertThat(policy.apply(temp.resolve("other.yaml"), content, Optional.empty(), after).reported()).hasSize(1);
    }

    @Test
    void aChangedFindingIsNewToTheBaseline() throws Exception {
        Path flow = temp.resolve("orders.yaml");
        List<Violation> before = check(YAML_FLOW, "orders.yaml").reported();
        Path baselineFile = temp.resolve("baseline.json");
        Baseline.of(baselineFile, Map.of(flow, before)).write(baselineFile);
        byte[] changed = YAML_FLOW.replace("triggerType: OnDemand", "triggerType: Sometimes")
                .getBytes(StandardCharsets.UTF_8);
        List<Violation> after = FlowFileValidator.standard().validate(changed, "orders.yaml").violations();
        Suppressions.Applied applied = new SuppressionPolicy(List.of(), Optional.of(Baseline.read(baselineFile)))
                .apply(flow, changed, Optional.empty(), after);
        assertThat(applied.suppressed()).extracting(s -> s.violation().ruleId()).containsExactly("FLOW_NAME_FORMAT");
        assertThat(applied.reported()).isNotEmpty().noneMatch(v -> v.ruleId().equals("FLOW_NAME_FORMAT"));
    }
}
