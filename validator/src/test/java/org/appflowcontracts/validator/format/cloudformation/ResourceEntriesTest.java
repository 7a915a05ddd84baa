package org.appflowcontracts.validator.format.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.appflowcontracts.validator.FileReport;
import org.appflowcontracts.validator.FlowFileValidator;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.format.InputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What CloudFormation refuses around a flow's body: a resource type that only nearly names the flow type, told
 * once, where the template writes the type.
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
        FileReport report = FlowFileValidator.standard().validate(template.getBytes(StandardCharsets.UTF_8),
                "stack.yaml", Optional.of(InputFormat.CLOUDFORMATION));
        List<Violation> all = new ArrayList<>();
        for (FileReport.ResourceReport flow : report.resources()) {
            all.addAll(flow.report().violations());
        }
        return all;
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
}
