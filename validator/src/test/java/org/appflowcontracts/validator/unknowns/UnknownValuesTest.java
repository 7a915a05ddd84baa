package org.appflowcontracts.validator.unknowns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.appflowcontracts.validator.ContractValidator;
import org.appflowcontracts.validator.EngineKind;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.format.Unknowns;
import org.appflowcontracts.validator.parse.LocatedParser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hand-made trees with values a template does not fix ({@code !Ref Op}, {@code var.bucket}), validated with the
 * compiled engine through the library: each unknown value silences exactly the findings that depend on it.
 */
class UnknownValuesTest {

    private static final Path FLOW = Path.of("src/test/resources/corpus/s3-accounts-to-salesforce-upsert.json");
    private static final String SALESFORCE = "/destinationFlowConfigList/0/destinationConnectorProperties/Salesforce";

    private static final ContractValidator VALIDATOR = ContractValidator.forOperation("CreateFlow", EngineKind.COMPILED);

    private static ObjectNode flow() throws Exception {
        return (ObjectNode) LocatedParser.parse(Files.readAllBytes(FLOW), FLOW.toString()).root();
    }

    private static List<String> findings(JsonNode flow) {
        return VALIDATOR.validate(flow).violations().stream().map(v -> v.ruleId() + " " + v.pointer()).toList();
    }

    private static ObjectNode salesforce(ObjectNode flow) {
        return (ObjectNode) flow.at(SALESFORCE);
    }

    @Test
    void theBaseFlowIsClean() throws Exception {
        assertThat(VALIDATOR.validate(flow()).violations()).isEmpty();
    }

    @Test
    void anUnknownWriteOperationDecidesNothingAboutIdFields() throws Exception {
        ObjectNode upsert = flow();
        salesforce(upsert).remove("idFieldNames");
        assertThat(findings(upsert)).containsExactly("DEST_WRITE_OP_NEEDS_ID_FIELDS " + SALESFORCE);

        ObjectNode unknownOperation = flow();
        salesforce(unknownOperation).remove("idFieldNames");
        salesforce(unknownOperation).set("writeOperationType", Unknowns.unknown("!Ref WriteOperation"));
        assertThat(findings(unknownOperation)).isEmpty();
    }

    @Test
    void findingsThatDoNotDependOnTheUnknownStay() throws Exception {
        ObjectNode flow = flow();
        salesforce(flow).remove("idFieldNames");
        salesforce(flow).set("writeOperationType", Unknowns.unknown("!Ref WriteOperation"));
        flow.put("flowName", "erp accounts");
        assertThat(findings(flow)).containsExactly("FLOW_NAME_FORMAT /flowName");
    }

    @Test
    void anUnknownBucketNameFailsNoPattern() throws Exception {
        ObjectNode badBucket = flow();
        ((ObjectNode) badBucket.at("/sourceFlowConfig/sourceConnectorProperties/S3")).put("bucketName", "Not A Bucket!");
        assertThat(findings(badBucket)).isNotEmpty()
                .allMatch(f -> f.endsWith("/sourceFlowConfig/sourceConnectorProperties/S3/bucketName"));

        ObjectNode unknownBucket = flow();
        ((ObjectNode) unknownBucket.at("/sourceFlowConfig/sourceConnectorProperties/S3"))
                .set("bucketName", Unknowns.unknown("var.bucket"));
        assertThat(findings(unknownBucket)).isEmpty();
    }

    @Test
    void unknownTasksDecideNothingAboutTasks() throws Exception {
        ObjectNode noProjection = flow();
        ((ArrayNode) noProjection.get("tasks")).remove(0);
        assertThat(findings(noProjection)).isNotEmpty();

        ObjectNode unknownTasks = flow();
        unknownTasks.set("tasks", Unknowns.unknown("Fn::If [UseMapAll, ...]"));
        assertThat(findings(unknownTasks)).isEmpty();

        ObjectNode unknownTask = flow();
        ((ArrayNode) unknownTask.get("tasks")).set(0, Unknowns.unknown("Fn::If [UseProjection, ...]"));
        assertThat(findings(unknownTask)).isEmpty();
    }

    @Test
    void anUnknownWholeFlowHasNoFindings() {
        List<Violation> violations = VALIDATOR.validate(Unknowns.unknown("!GetAtt Flow")).violations();
        assertThat(violations).isEmpty();
    }
}
