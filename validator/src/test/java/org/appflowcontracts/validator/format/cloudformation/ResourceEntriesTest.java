package org.appflowcontracts.validator.format.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.appflowcontracts.validator.FlowFileValidator;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.format.InputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What CloudFormation refuses around a flow's body: a resource type that only nearly names the flow type, and a
 * resource attribute it does not know. Each is one finding at the name the template writes.
 */
class ResourceEntriesTest {

    private static final String TEMPLATE = """
            AWSTemplateFormatVersion: '2010-09-09'
            Resources:
              TicketsFlow:
                Type: AWS::AppFlow::Flow
                Properties:
                  FlowName: zendesk-tickets
                  TriggerConfig:
                    TriggerType: OnDemand
                  SourceFlowConfig:
                    ConnectorType: Zendesk
                    ConnectorProfileName: zendesk-profile
                    SourceConnectorProperties:
                      Zendesk:
                        Object: tickets
                  DestinationFlowConfigList:
                    - ConnectorType: S3
                      DestinationConnectorProperties:
                        S3:
                          BucketName: acme-appflow-landing
                  Tasks:
                    - TaskType: Map_all
                      SourceFields: []
                      ConnectorOperator:
                        Zendesk: NO_OP
            """;

    private static List<Violation> findings(String template) throws Exception {
        return FlowFileValidator.standard().validate(template.getBytes(StandardCharsets.UTF_8), "stack.yaml",
                Optional.of(InputFormat.CLOUDFORMATION)).violations();
    }

    private static int flows(String template) throws Exception {
        return FlowFileValidator.standard().validate(template.getBytes(StandardCharsets.UTF_8), "stack.yaml",
                Optional.of(InputFormat.CLOUDFORMATION)).resources().size();
    }

    @Test
    void theTemplateAsWrittenIsClean() throws Exception {
        assertThat(findings(TEMPLATE)).isEmpty();
        assertThat(flows(TEMPLATE)).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AWS::Appflow::Flow", "AWS::AppFlow::flow", "AWS::AppFlow::Flows", "aws::appflow::flow",
            "AWS::AppFlow::Flw"})
    void aNearMissOfTheFlowTypeIsToldAtTheTypeAndTheFlowIsStillChecked(String type) throws Exception {
        String template = TEMPLATE.replace("Type: AWS::AppFlow::Flow", "Type: " + type);
        List<Violation> findings = findings(template);
        assertThat(findings).hasSize(1);
        Violation v = findings.get(0);
        assertThat(v.ruleId()).isEqualTo("cfn.schema.enum");
        assertThat(v.severity()).isEqualTo(Severity.ERROR);
        assertThat(v.pointer()).isEqualTo("/Resources/TicketsFlow/Type");
        assertThat(v.resource()).isEqualTo("TicketsFlow");
        // Where the template writes the member, as every finding on a scalar member is located.
        assertThat(v.line()).isEqualTo(4);
        assertThat(v.column()).isEqualTo(5);
        assertThat(v.message()).contains("'" + type + "'").endsWith("did you mean 'AWS::AppFlow::Flow'?");
        // Checked as the flow it was meant to be: a mistake in its body is found in the same run.
        String broken = template.replace("Zendesk: NO_OP", "Zendesk: EQUAL_TO");
        assertThat(findings(broken)).extracting(Violation::ruleId)
                .contains("cfn.schema.enum", "CONNECTOR_OPERATOR_WHITELIST.zendesk");
    }

    @ParameterizedTest
    @ValueSource(strings = {"AWS::AppFlow::Connector", "AWS::AppFlow::ConnectorProfile", "AWS::S3::Bucket",
            "Custom::Flow", "AWS::AppFlow::FlowLogs", "AWS::Glue::Flow"})
    void otherResourceTypesAreNotFlows(String type) throws Exception {
        String template = TEMPLATE.replace("Type: AWS::AppFlow::Flow", "Type: " + type);
        assertThat(flows(template)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Propertes", "Propeties", "properties", "Proprties"})
    void aMisspeltPropertiesIsOneFindingAtItsNameAndItsBodyIsChecked(String name) throws Exception {
        String template = TEMPLATE.replace("    Properties:", "    " + name + ":");
        List<Violation> findings = findings(template);
        assertThat(findings).hasSize(1);
        Violation v = findings.get(0);
        assertThat(v.ruleId()).isEqualTo("cfn.schema.additionalProperties");
        assertThat(v.severity()).isEqualTo(Severity.ERROR);
        assertThat(v.pointer()).isEqualTo("/Resources/TicketsFlow/" + name);
        assertThat(v.line()).isEqualTo(5);
        assertThat(v.column()).isEqualTo(5);
        assertThat(v.message()).isEqualTo("member '" + name + "' is not a resource attribute; did you mean 'Properties'?");
        String broken = template.replace("Zendesk: NO_OP", "Zendesk: EQUAL_TO");
        assertThat(findings(broken)).filteredOn(f -> f.ruleId().equals("CONNECTOR_OPERATOR_WHITELIST.zendesk"))
                .extracting(Violation::pointer)
                .containsExactly("/Resources/TicketsFlow/" + name + "/Tasks/0/ConnectorOperator/Zendesk");
    }

    @Test
    void withoutPropertiesOrAMisspellingOfItTheMissingMembersAreTold() throws Exception {
        String template = TEMPLATE.replace("    Properties:", "    Settings:");
        assertThat(findings(template)).extracting(Violation::ruleId)
                .containsExactlyInAnyOrder("cfn.schema.additionalProperties", "schema.required");
    }

    @Test
    void otherMisspeltAttributesAreToldAtTheirNames() throws Exception {
        String template = TEMPLATE.replace("    Properties:", "    DependOn: Bucket\n    Metdata: {Owner: data}\n"
                + "    DeletionPolicie: Retain\n    Properties:");
        assertThat(findings(template)).extracting(Violation::pointer, Violation::message).containsExactly(
                org.assertj.core.api.Assertions.tuple("/Resources/TicketsFlow/DependOn",
                        "member 'DependOn' is not a resource attribute; did you mean 'DependsOn'?"),
                org.assertj.core.api.Assertions.tuple("/Resources/TicketsFlow/Metdata",
                        "member 'Metdata' is not a resource attribute; did you mean 'Metadata'?"),
                org.assertj.core.api.Assertions.tuple("/Resources/TicketsFlow/DeletionPolicie",
                        "member 'DeletionPolicie' is not a resource attribute; did you mean 'DeletionPolicy'?"));
    }

    @Test
    void everyResourceAttributeIsAccepted() throws Exception {
        String template = TEMPLATE.replace("    Properties:", "    DependsOn: [Bucket]\n    Condition: IsProd\n"
                + "    Metadata: {Owner: data}\n    DeletionPolicy: Retain\n    UpdateReplacePolicy: Retain\n"
                + "    UpdatePolicy: {}\n    CreationPolicy: {}\n    Version: '1.0'\n    Properties:");
        assertThat(findings(template)).isEmpty();
    }

    @Test
    void anUnknownAttributeNothingIsCloseToIsAnErrorUnlessATransformMayReadIt() throws Exception {
        String template = TEMPLATE.replace("    Properties:", "    Connectors: {}\n    Properties:");
        assertThat(findings(template)).singleElement().satisfies(v -> {
            assertThat(v.pointer()).isEqualTo("/Resources/TicketsFlow/Connectors");
            assertThat(v.message()).startsWith("member 'Connectors' is not a resource attribute; a resource has only Type,");
        });
        String transformed = template.replace("Resources:", "Transform: AWS::Serverless-2016-10-31\nResources:");
        assertThat(findings(transformed)).isEmpty();
        String nearMiss = transformed.replace("    Properties:", "    DependOn: Bucket\n    Properties:");
        assertThat(findings(nearMiss)).extracting(Violation::pointer).containsExactly("/Resources/TicketsFlow/DependOn");
    }
}
