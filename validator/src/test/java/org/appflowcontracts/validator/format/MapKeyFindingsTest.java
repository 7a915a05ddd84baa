package org.appflowcontracts.validator.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.appflowcontracts.validator.FlowFileValidator;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.Violation;
import org.junit.jupiter.api.Test;

/**
 * A map key the contract refuses is one finding, an error, on the line where the file writes the key: in an API
 * body, in a template's {@code {Key, Value}} entry and in an {@code awscc_appflow_flow} list of key/value objects.
 */
class MapKeyFindingsTest {

    private static List<Violation> check(String name, String content) throws Exception {
        return FlowFileValidator.standard().validate(content.getBytes(StandardCharsets.UTF_8), name).violations();
    }

    @Test
    void aRefusedKeyInAProjectionIsAnErrorOnItsLineBesideTheProjectionWarning() throws Exception {
        List<Violation> findings = check("flow.json", """
                {"flowName": "f1", "triggerConfig": {"triggerType": "OnDemand"},
                 "sourceFlowConfig": {"connectorType": "Salesforce", "connectorProfileName": "sf",
                   "sourceConnectorProperties": {"Salesforce": {"object": "Account"}}},
                 "destinationFlowConfigList": [{"connectorType": "S3",
                   "destinationConnectorProperties": {"S3": {"bucketName": "my-bucket"}}}],
                 "tasks": [{"sourceFields": ["Id"], "connectorOperator": {"Salesforce": "PROJECTION"},
                   "taskType": "Filter", "taskProperties": {
                     "EXCLUDE_SOURCE_FIELD": "x"}},
                  {"sourceFields": ["Id"], "connectorOperator": {"Salesforce": "NO_OP"},
                   "destinationField": "Id", "taskType": "Map"}]}
                """);
        assertThat(findings).extracting(Violation::ruleId, Violation::severity, Violation::pointer, Violation::line)
                .containsExactly(
                        tuple("PROJECTION_TASK_SHAPE", Severity.WARNING, "/tasks/0/taskProperties", 7),
                        tuple("schema.propertyNames", Severity.ERROR,
                                "/tasks/0/taskProperties/EXCLUDE_SOURCE_FIELD", 8));
    }

    @Test
    void aTemplateEntryIsReportedOnceAtItsKey() throws Exception {
        List<Violation> findings = check("template.yaml", """
                Resources:
                  F:
                    Type: AWS::AppFlow::Flow
                    Properties:
                      FlowName: f1
                      TriggerConfig: {TriggerType: OnDemand}
                      SourceFlowConfig:
                        ConnectorType: Salesforce
                        ConnectorProfileName: sf
                        SourceConnectorProperties: {Salesforce: {Object: Account}}
                      DestinationFlowConfigList:
                        - ConnectorType: S3
                          DestinationConnectorProperties: {S3: {BucketName: my-bucket}}
                      Tasks:
                        - SourceFields: []
                          ConnectorOperator: {Salesforce: NO_OP}
                          TaskType: Map_all
                          TaskProperties:
                            - Value: "[]"
                              Key: EXCLUDE_SOURCE_FIELDS
                """);
        assertThat(findings).extracting(Violation::ruleId, Violation::pointer, Violation::line, Violation::column)
                .containsExactly(tuple("schema.propertyNames",
                        "/Resources/F/Properties/Tasks/0/TaskProperties/0/Key", 20, 15));
        assertThat(findings.get(0).message()).endsWith("did you mean 'EXCLUDE_SOURCE_FIELDS_LIST'?");
    }

    @Test
    void anAwsccKeyValueObjectIsReportedOnceAtItsKey() throws Exception {
        List<Violation> findings = check("main.tf", """
                resource "awscc_appflow_flow" "f" {
                  flow_name      = "f1"
                  trigger_config = { trigger_type = "OnDemand" }
                  source_flow_config = {
                    connector_type              = "Salesforce"
                    connector_profile_name      = "sf"
                    source_connector_properties = { salesforce = { object = "Account" } }
                  }
                  destination_flow_config_list = [{
                    connector_type                   = "S3"
                    destination_connector_properties = { s3 = { bucket_name = "my-bucket" } }
                  }]
                  tasks = [{
                    source_fields      = []
                    connector_operator = { salesforce = "NO_OP" }
                    task_type          = "Map_all"
                    task_properties = [{
                      value = "[]"
                      key   = "EXCLUDE_SOURCE_FIELDS"
                    }]
                  }]
                }
                """);
        assertThat(findings).extracting(Violation::ruleId, Violation::pointer, Violation::line)
                .containsExactly(tuple("schema.propertyNames", "awscc_appflow_flow.f.tasks[0].task_properties[0].key", 19));
    }
}
