package org.appflowcontracts.validator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OperationDetectorTest {

    private static JsonNode json(String text) {
        return JsonMapper.builder().build().readTree(text);
    }

    private static final String FLOW = """
            "flowName": "f", "sourceFlowConfig": {}, "destinationFlowConfigList": [], "tasks": [], "triggerConfig": {}
            """;

    @Test
    void flowBodyIsCreateFlowUnlessTheNameSaysUpdate() {
        assertThat(OperationDetector.detect(json("{" + FLOW + "}"))).contains("CreateFlow");
        assertThat(OperationDetector.detect(json("{" + FLOW + "}"), "flows/update-orders.json")).contains("UpdateFlow");
        assertThat(OperationDetector.detect(json("{\"flowName\": \"f\", \"tasks\": []}"))).contains("CreateFlow");
    }

    @Test
    void onlyANameStartingWithUpdateMakesAnUpdateFlow() {
        assertThat(OperationDetector.detect(json("{" + FLOW + "}"), "salesforce-update-contacts.json"))
                .contains("CreateFlow");
        assertThat(OperationDetector.detect(json("{" + FLOW + "}"), "C:\\flows\\UpdateFlow.yaml")).contains("UpdateFlow");
    }

    @Test
    void corpusFlowsAreDetectedAsTheirReadmeSays() throws Exception {
        java.nio.file.Path corpus = java.nio.file.Path.of("src/test/resources/corpus");
        try (var files = java.nio.file.Files.list(corpus)) {
            for (java.nio.file.Path file : files.filter(f -> !f.toString().endsWith(".md")).toList()) {
                var document = org.appflowcontracts.validator.parse.LocatedParser
                        .parse(java.nio.file.Files.readAllBytes(file), file.toString());
                String expected = file.getFileName().toString().startsWith("update-") ? "UpdateFlow" : "CreateFlow";
                assertThat(OperationDetector.detect(document.root(), file.toString())).as("%s", file).contains(expected);
            }
        }
    }

    @Test
    void createOnlyMembersWinOverAnUpdateNameAndTheChoiceSaysSo() {
        assertThat(OperationDetector.detect(json("{" + FLOW + ", \"kmsArn\": \"k\"}"), "update-x.json"))
                .contains("CreateFlow");
        assertThat(OperationDetector.detect(json("{" + FLOW + ", \"tags\": {}}"), "update-x.yaml"))
                .contains("CreateFlow");
        assertThat(OperationDetector.explain(json("{" + FLOW + ", \"tags\": {}}"), "update-x.yaml").orElseThrow()
                .detail()).endsWith(OperationDetector.UPDATE_NAME_OVERRULED);
        assertThat(OperationDetector.explain(json("{" + FLOW + ", \"tags\": {}}"), "x.yaml").orElseThrow()
                .detail()).doesNotContain("update");
    }

    @Test
    void theMembersThatOverruledTheNameAreNamed() {
        assertThat(OperationDetector.membersOverrulingName(json("{" + FLOW + ", \"tags\": {}, \"kmsArn\": \"k\"}"),
                "dir/update-x.json")).containsExactly("kmsArn", "tags");
        assertThat(OperationDetector.membersOverrulingName(json("{" + FLOW + ", \"tags\": {}}"), "x.json")).isEmpty();
        assertThat(OperationDetector.membersOverrulingName(json("{" + FLOW + "}"), "update-x.json")).isEmpty();
    }

    @Test
    void theChoiceSaysWhatDecidedIt() {
        assertThat(OperationDetector.explain(json("{" + FLOW + "}"), "update-x.json").orElseThrow().describe())
                .isEqualTo("UpdateFlow (file name: starts with \"update\")");
        assertThat(OperationDetector.explain(json("{" + FLOW + ", \"flowArn\": \"a\", \"createdAt\": 1}"), "saved.json")
                .orElseThrow().describe()).isEqualTo("DescribeFlowResponse (content: createdAt, flowArn, flowName)");
        assertThat(OperationDetector.explain(json("{\"flowName\": \"f\", \"tasks\": []}"), "x.json").orElseThrow())
                .isEqualTo(new OperationChoice("CreateFlow", OperationChoice.Basis.CONTENT, "flowName, tasks"));
    }

    @Test
    void responsesAreRecognisedByMembersOnlyAwsReturns() {
        assertThat(OperationDetector.detect(json("{\"flowExecutions\": [], \"nextToken\": \"t\"}")))
                .contains("DescribeFlowExecutionRecordsResponse");
        assertThat(OperationDetector.detect(json("{" + FLOW + ", \"flowArn\": \"arn\", \"flowStatus\": \"Active\"}")))
                .contains("DescribeFlowResponse");
    }

    @Test
    void aFlowStatusCopiedIntoARequestKeepsItARequest() {
        assertThat(OperationDetector.detect(json("{" + FLOW + ", \"flowStatus\": \"Active\"}")))
                .contains("CreateFlow");
        assertThat(OperationDetector.detect(json("{" + FLOW + ", \"flowStatus\": \"Active\"}"), "update-leads.json"))
                .contains("UpdateFlow");
    }

    @Test
    void unknownShapesAreNotGuessed() {
        assertThat(OperationDetector.detect(json("{\"something\": 1}"))).isEmpty();
        assertThat(OperationDetector.detect(json("[1]"))).isEmpty();
    }

    @Test
    void everyDetectedKindIsAnAddressableOperation() {
        for (String body : new String[] {"{" + FLOW + "}", "{\"flowExecutions\": []}",
                "{\"flowName\": \"f\", \"flowArn\": \"a\"}",
                "{\"connectorProfileName\": \"p\", \"connectorType\": \"S3\", \"connectionMode\": \"Public\"}"}) {
            String kind = OperationDetector.detect(json(body)).orElseThrow();
            String operation = kind.endsWith("Response") ? kind.substring(0, kind.length() - "Response".length()) : kind;
            assertThat(ContractValidator.operations()).contains(operation);
        }
    }

    @Test
    void theTableIsTheShippedDataAndTheOverruledNoteIsWorkedOutFromIt() {
        assertThat(DocumentKinds.shipped()).extracting(DocumentKinds.Row::kind).containsExactly(
                "DescribeFlowExecutionRecordsResponse", "DescribeFlowResponse", "UpdateFlow", "CreateFlow",
                "CreateConnectorProfile", "UpdateConnectorProfile");
        assertThat(OperationDetector.UPDATE_NAME_OVERRULED).isEqualTo(
                "; kmsArn or tags, which only CreateFlow takes, overrule the file name starting with \"update\"");
    }
}
