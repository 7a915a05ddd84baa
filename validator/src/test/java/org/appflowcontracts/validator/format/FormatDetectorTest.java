package org.appflowcontracts.validator.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FormatDetectorTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    @Test
    void hclIsToldByItsNameAlone() {
        assertThat(FormatDetector.byName("infra/main.tf")).contains(InputFormat.TERRAFORM_HCL);
        assertThat(FormatDetector.byName("MAIN.TF")).contains(InputFormat.TERRAFORM_HCL);
        assertThat(FormatDetector.byName("main.tf.json")).isEmpty();
        assertThat(FormatDetector.byName("flow.json")).isEmpty();
        assertThat(FormatDetector.byName(null)).isEmpty();
    }

    @Test
    void templatesAreToldByTheirTopLevelMembers() {
        assertThat(FormatDetector.byContent(json("{\"Resources\": {\"B\": {\"Type\": \"AWS::S3::Bucket\"}}}"),
                "t.json")).isEqualTo(InputFormat.CLOUDFORMATION);
        assertThat(FormatDetector.byContent(json("{\"AWSTemplateFormatVersion\": \"2010-09-09\"}"), "t.yaml"))
                .isEqualTo(InputFormat.CLOUDFORMATION);
        // A request body member that happens to be called Resources but is not an object is not a template.
        assertThat(FormatDetector.byContent(json("{\"Resources\": \"x\", \"flowName\": \"f\"}"), "t.json"))
                .isEqualTo(InputFormat.API_BODY);
    }

    @Test
    void terraformJsonAndPlansAreToldApart() {
        assertThat(FormatDetector.byContent(json("{\"resource\": {\"aws_appflow_flow\": {}}}"), "main.tf.json"))
                .isEqualTo(InputFormat.TERRAFORM_JSON);
        assertThat(FormatDetector.byContent(json("{\"variable\": {\"bucket\": {}}}"), "vars.tf.json"))
                .isEqualTo(InputFormat.TERRAFORM_JSON);
        assertThat(FormatDetector.byContent(json("{\"variable\": {\"bucket\": {}}}"), "vars.json"))
                .isEqualTo(InputFormat.API_BODY);
        assertThat(FormatDetector.byContent(json("{\"format_version\": \"1.2\", \"planned_values\": {}}"), "p.json"))
                .isEqualTo(InputFormat.TERRAFORM_PLAN);
    }

    @Test
    void aYamlTemplateIsRecognisedBeforeParsingByAKeyStartingALine() {
        assertThat(FormatDetector.looksLikeYamlTemplate("Resources:\n  F:\n".getBytes())).isTrue();
        assertThat(FormatDetector.looksLikeYamlTemplate("# stack\nAWSTemplateFormatVersion: x\n".getBytes())).isTrue();
        assertThat(FormatDetector.looksLikeYamlTemplate("flowName: f\n  Resources: x\n".getBytes())).isFalse();
        assertThat(FormatDetector.looksLikeYamlTemplate("{\"Resources\": {}}".getBytes())).isFalse();
    }

    @Test
    void aBrokenYamlTemplateIsLocatedWhereItBreaksNotAtItsFirstFunctionTag() {
        byte[] broken = "Resources:\n  F:\n    Type: AWS::AppFlow::Flow\n    Properties:\n      FlowName: !Ref N\n"
                .concat("      Tasks: [a\n").getBytes();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> org.appflowcontracts.validator.FlowFileValidator.readForDetection(broken, "t.yaml"))
                .isInstanceOf(org.appflowcontracts.validator.InputException.class)
                .satisfies(e -> assertThat(((org.appflowcontracts.validator.InputException) e).line())
                        .isGreaterThanOrEqualTo(6))
                .hasMessageNotContaining("tag");
    }

    @Test
    void anythingElseIsAnApiBody() {
        assertThat(FormatDetector.byContent(json("{\"flowName\": \"f\"}"), "flow.json")).isEqualTo(InputFormat.API_BODY);
        assertThat(FormatDetector.byContent(json("[1]"), "flow.json")).isEqualTo(InputFormat.API_BODY);
        assertThat(FormatDetector.byContent(null, "flow.json")).isEqualTo(InputFormat.API_BODY);
    }

    @Test
    void formatsAreNamedAsOnTheCommandLineInAnyCase() {
        assertThat(InputFormat.byName("CloudFormation")).contains(InputFormat.CLOUDFORMATION);
        assertThat(InputFormat.byName("terraform-plan")).contains(InputFormat.TERRAFORM_PLAN);
        assertThat(InputFormat.byName("hcl")).isEmpty();
    }
}
