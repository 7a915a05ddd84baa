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

/**
 * A misspelt connector name where CloudFormation's schema of the resource allows any member (a connector
 * operator's keys, the connector properties): CloudFormation accepts it and the flow's handler drops it, so the
 * request AppFlow gets lacks the member. The finding its absence causes is told at the misspelling, with the name
 * meant.
 */
class DroppedMisspellingTest {

    private static final String TEMPLATE = """
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
                          S3OutputFormatConfig:
                            AggregationConfig:
                              AggregationType: None
                  Tasks:
                    - TaskType: Filter
                      SourceFields: [updated_at]
                      ConnectorOperator:
                        Zendesk: GREATER_THAN
                      TaskProperties:
                        - {Key: DATA_TYPE, Value: datetime}
                        - {Key: VALUE, Value: '1700000000000'}
                    - TaskType: Map_all
                      SourceFields: []
                      ConnectorOperator:
                        Zendesk: NO_OP
            """;

    private static List<Violation> findings(String template) throws Exception {
        return FlowFileValidator.standard().validate(template.getBytes(StandardCharsets.UTF_8), "stack.yaml",
                Optional.of(InputFormat.CLOUDFORMATION)).violations();
    }

    @Test
    void theTemplateAsWrittenIsClean() throws Exception {
        assertThat(findings(TEMPLATE)).isEmpty();
    }

    @Test
    void aConnectorOperatorKeyedByAMisspeltConnectorIsToldAtTheKey() throws Exception {
        List<Violation> findings = findings(TEMPLATE.replace("Zendesk: GREATER_THAN", "ZenDesk: GREATER_THAN"));
        assertThat(findings).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("CONNECTOR_OPERATOR_ONE_KEY");
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.pointer()).isEqualTo("/Resources/TicketsFlow/Properties/Tasks/0/ConnectorOperator/ZenDesk");
            assertThat(v.line()).isEqualTo(26);
            assertThat(v.column()).isEqualTo(13);
            assertThat(v.message()).startsWith("Give ConnectorOperator exactly one entry")
                    .endsWith(" 'ZenDesk' is not a member of ConnectorOperator, so it does not reach AppFlow;"
                            + " did you mean 'Zendesk'?");
        });
    }

    @Test
    void misspeltConnectorPropertiesAreToldAtTheKey() throws Exception {
        List<Violation> findings = findings(TEMPLATE.replace("      Zendesk:\n            Object", "      zendesk:\n"
                + "            Object"));
        assertThat(findings).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("SOURCE_PROPERTIES_KEY_MATCH");
            assertThat(v.pointer()).isEqualTo(
                    "/Resources/TicketsFlow/Properties/SourceFlowConfig/SourceConnectorProperties/zendesk");
            assertThat(v.message()).endsWith("did you mean 'Zendesk'?");
        });
    }

    @Test
    void aDroppedKeyThatSpellsNoConnectorLeavesTheFindingAtTheObject() throws Exception {
        List<Violation> findings = findings(TEMPLATE.replace("Zendesk: GREATER_THAN", "Tickets: GREATER_THAN"));
        assertThat(findings).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("CONNECTOR_OPERATOR_ONE_KEY");
            assertThat(v.pointer()).isEqualTo("/Resources/TicketsFlow/Properties/Tasks/0/ConnectorOperator");
            assertThat(v.message()).doesNotContain("did you mean");
        });
    }

    @Test
    void aDroppedMemberWhoseAbsenceChangesNothingIsNotReported() throws Exception {
        // AWS deploys such templates: the handler ignores the member, and the flow is valid without it.
        assertThat(findings(TEMPLATE.replace("AggregationType: None", "aggregationType: None"))).isEmpty();
    }

    @Test
    void aMemberTheResourceSchemaReportsKeepsItsOwnFinding() throws Exception {
        List<Violation> findings = findings(TEMPLATE.replace("    ConnectorType: Zendesk", "    ConectorType: Zendesk"));
        assertThat(findings).extracting(Violation::ruleId, Violation::pointer).containsExactlyInAnyOrder(
                org.assertj.core.api.Assertions.tuple("schema.required", "/Resources/TicketsFlow/Properties/SourceFlowConfig"),
                org.assertj.core.api.Assertions.tuple("cfn.schema.additionalProperties",
                        "/Resources/TicketsFlow/Properties/SourceFlowConfig/ConectorType"));
    }
}
