package org.appflowcontracts.validator.format.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.appflowcontracts.validator.format.DeclaredFlow;
import org.appflowcontracts.validator.format.Unknowns;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.Position;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Flows found in templates, mapped to CreateFlow requests, and the way back to the template. */
class CloudFormationAdapterTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final String TEMPLATE = """
            AWSTemplateFormatVersion: '2010-09-09'
            Transform: AWS::Serverless-2016-10-31
            Parameters:
              Stage: {Type: String, Default: prod}
              Pinned: {Type: String, AllowedValues: [EXECUTION_ID]}
            Conditions:
              IsProd: !Equals [!Ref Stage, prod]
            Resources:
              Bucket:
                Type: AWS::S3::Bucket
              AccountsFlow:
                Type: AWS::AppFlow::Flow
                Properties:
                  FlowName: !Sub 'accounts-${Stage}'
                  FlowStatus: Active
                  KMSArn: !GetAtt Key.Arn
                  TriggerConfig:
                    TriggerType: Scheduled
                    TriggerProperties:
                      ScheduleExpression: rate(1hours)
                      TimeZone: Europe/Berlin
                      ScheduleStartTime: 1700000000
                  SourceFlowConfig:
                    ConnectorType: Salesforce
                    ConnectorProfileName: sf
                    SourceConnectorProperties:
                      Salesforce: {Object: Account, EnableDynamicFieldUpdate: false}
                  DestinationFlowConfigList:
                    - ConnectorType: S3
                      DestinationConnectorProperties:
                        S3:
                          BucketName: !Ref Bucket
                          S3OutputFormatConfig:
                            PrefixConfig: {PrefixType: PATH, PathPrefixHierarchy: [!Ref Pinned]}
                          ErrorHandling: dropped
                  Tasks:
                    - TaskType: Filter
                      SourceFields: [Id, Name]
                      ConnectorOperator: {Salesforce: PROJECTION}
                    - TaskType: Map
                      SourceFields: [Id]
                      DestinationField: Id
                      TaskProperties:
                        - {Key: SOURCE_DATA_TYPE, Value: id}
                        - {Key: DESTINATION_DATA_TYPE, Value: !Ref Stage}
                  Tags:
                    - {Key: team, Value: sales}
              OtherFlow:
                Type: AWS::AppFlow::Flow
                Condition: IsProd
                Properties:
                  FlowName: other
                  Description: !If [IsProd, prod flow, !Ref AWS::NoValue]
                  KMSArn: !Ref AWS::NoValue
                  Tasks: !If [IsProd, [], []]
                  TriggerConfig: {TriggerType: OnDemand}
            Outputs:
              Arn: {Value: !GetAtt AccountsFlow.FlowArn}
            """;

    static LocatedDocument parse(String yaml) throws Exception {
        return CloudFormationAdapter.parse(yaml.getBytes(StandardCharsets.UTF_8), "stack.yaml");
    }

    private static List<DeclaredFlow> flows(String yaml) throws Exception {
        return CloudFormationAdapter.shipped().flows(parse(yaml));
    }

    @Test
    void everyFlowResourceIsOneRequestInTemplateOrder() throws Exception {
        List<DeclaredFlow> flows = flows(TEMPLATE);
        assertThat(flows).extracting(DeclaredFlow::resource).containsExactly("AccountsFlow", "OtherFlow");
        assertThat(flows).extracting(DeclaredFlow::operation).containsOnly("CreateFlow");
    }

    @Test
    void theRequestIsInApiShapeWithFunctionsUnknown() throws Exception {
        JsonNode request = flows(TEMPLATE).get(0).request();
        assertThat(Unknowns.isUnknown(request.get("flowName"))).isTrue();
        assertThat(Unknowns.isUnknown(request.get("kmsArn"))).isTrue();
        assertThat(request.has("FlowStatus")).isFalse();
        assertThat(request.get("triggerConfig")).isEqualTo(JSON.readTree("""
                {"triggerType": "Scheduled", "triggerProperties": {"Scheduled": {"scheduleExpression": "rate(1hours)",
                 "timezone": "Europe/Berlin", "scheduleStartTime": 1700000000}}}"""));
        assertThat(request.at("/sourceFlowConfig/sourceConnectorProperties/Salesforce")).isEqualTo(
                JSON.readTree("{\"object\": \"Account\", \"enableDynamicFieldUpdate\": false}"));
        JsonNode s3 = request.at("/destinationFlowConfigList/0/destinationConnectorProperties/S3");
        assertThat(Unknowns.isUnknown(s3.get("bucketName"))).isTrue();
        assertThat(s3.has("ErrorHandling")).as("a member the mapping cannot place is dropped").isFalse();
        assertThat(s3.at("/s3OutputFormatConfig/prefixConfig/pathPrefixHierarchy"))
                .as("a parameter pinned by AllowedValues").isEqualTo(JSON.readTree("[\"EXECUTION_ID\"]"));
        JsonNode mapTask = request.at("/tasks/1/taskProperties");
        assertThat(mapTask.get("SOURCE_DATA_TYPE").asString()).isEqualTo("id");
        assertThat(Unknowns.isUnknown(mapTask.get("DESTINATION_DATA_TYPE")))
                .as("a parameter with only a Default").isTrue();
        assertThat(request.get("tags")).isEqualTo(JSON.readTree("{\"team\": \"sales\"}"));
        assertThat(request.path("tasks").get(0).get("connectorOperator"))
                .isEqualTo(JSON.readTree("{\"Salesforce\": \"PROJECTION\"}"));
    }

    @Test
    void noValueRemovesAMemberAndAConditionalListIsUnknownAsAWhole() throws Exception {
        JsonNode request = flows(TEMPLATE).get(1).request();
        assertThat(request.has("kmsArn")).isFalse();
        assertThat(Unknowns.isUnknown(request.get("description"))).isTrue();
        assertThat(Unknowns.isUnknown(request.get("tasks"))).isTrue();
    }

    @Test
    void theLocatorLeadsBackToTheTemplate() throws Exception {
        DeclaredFlow flow = flows(TEMPLATE).get(0);
        var locator = flow.locator();
        assertThat(locator.filePointer("/tasks/1/taskType")).isEqualTo("/Resources/AccountsFlow/Properties/Tasks/1/TaskType");
        assertThat(locator.position("/tasks/1/taskType")).isEqualTo(new Position(40, 11));
        assertThat(locator.filePointer("/triggerConfig/triggerProperties/Scheduled/timezone"))
                .isEqualTo("/Resources/AccountsFlow/Properties/TriggerConfig/TriggerProperties/TimeZone");
        assertThat(locator.filePointer("/tasks/1/taskProperties/DESTINATION_DATA_TYPE"))
                .isEqualTo("/Resources/AccountsFlow/Properties/Tasks/1/TaskProperties/1");
        assertThat(locator.position("/tasks/1/taskProperties/DESTINATION_DATA_TYPE").line()).isEqualTo(45);
        assertThat(locator.filePointer("/kmsArn")).isEqualTo("/Resources/AccountsFlow/Properties/KMSArn");
        assertThat(locator.filePointer("/tasks/0/destinationField"))
                .as("a missing member: its nearest present ancestor")
                .isEqualTo("/Resources/AccountsFlow/Properties/Tasks/0");
        assertThat(locator.position("/tasks/0/destinationField")).isEqualTo(new Position(37, 11));
        assertThat(locator.filePointer("")).isEqualTo("/Resources/AccountsFlow/Properties");
    }

    @Test
    void messagesSpeakTheTemplatesSpelling() throws Exception {
        var locator = flows(TEMPLATE).get(0).locator();
        assertThat(locator.inFileTerms("List the field(s) that identify existing records in idFieldNames, or use"
                + " writeOperationType INSERT.")).isEqualTo("List the field(s) that identify existing records in"
                + " IdFieldNames, or use WriteOperationType INSERT.");
        assertThat(locator.inFileTerms("Add triggerProperties.Scheduled with at least a scheduleExpression, or"
                + " change the trigger type.")).isEqualTo("Add TriggerProperties with at least a ScheduleExpression,"
                + " or change the trigger type.");
        assertThat(locator.inFileTerms("Lower paginationConfig.maxPageSize to 3000; set kmsArn and the"
                + " timezone; missing required member 'object'; Set EventBridge.object to the name of the object"))
                .isEqualTo("Lower paginationConfig.maxPageSize to 3000; set KMSArn and the timezone; missing"
                        + " required member 'Object'; Set EventBridge.Object to the name of the object");
        assertThat(locator.inFileTerms("failOnFirstDestinationError and s3InputFileType"))
                .isEqualTo("FailOnFirstError and S3InputFileType");
    }

    @Test
    void templatesAreToldFromRequestBodies() throws Exception {
        assertThat(CloudFormationAdapter.isTemplate(parse(TEMPLATE).root())).isTrue();
        assertThat(CloudFormationAdapter.isTemplate(JSON.readTree("{\"Resources\": {\"A\": {\"Type\": \"AWS::S3::Bucket\"}}}")))
                .isTrue();
        assertThat(CloudFormationAdapter.isTemplate(JSON.readTree("{\"flowName\": \"f\", \"tasks\": []}"))).isFalse();
        assertThat(CloudFormationAdapter.isTemplate(JSON.readTree("{\"Resources\": {\"A\": {\"Kind\": 1}}}"))).isFalse();
        assertThat(CloudFormationAdapter.isTemplate(JSON.readTree("{\"Resources\": {}}"))).isFalse();
    }

    @Test
    void aFlowInAForEachLoopIsCheckedOnceWithItsIdentifierUnknown() throws Exception {
        // AWS::LanguageExtensions: no format version, the only resource entry a loop (nested in another loop).
        String template = """
                Transform: AWS::LanguageExtensions
                Parameters:
                  Objects: {Type: CommaDelimitedList}
                Resources:
                  Fn::ForEach::Envs:
                    - Env
                    - [dev, prod]
                    - Fn::ForEach::Objects:
                        - Object
                        - !Ref Objects
                        - "${Env}${Object}Flow":
                            Type: AWS::AppFlow::Flow
                            Properties:
                              FlowName: !Sub "${Env}-${Object}"
                              SourceFlowConfig:
                                ConnectorType: Salesforce
                                SourceConnectorProperties:
                                  Salesforce: {Object: !Ref Object}
                """;
        assertThat(CloudFormationAdapter.isTemplate(parse(template).root())).isTrue();
        List<DeclaredFlow> flows = flows(template);

        assertThat(flows).hasSize(1);
        assertThat(flows.get(0).resource()).isEqualTo("${Env}${Object}Flow");
        assertThat(Unknowns.isUnknown(flows.get(0).request().at("/sourceFlowConfig/sourceConnectorProperties"
                + "/Salesforce/object"))).isTrue();
        assertThat(flows.get(0).request().at("/sourceFlowConfig/connectorType").asString()).isEqualTo("Salesforce");
        assertThat(flows.get(0).locator().position("/sourceFlowConfig/connectorType")).isEqualTo(new Position(16, 17));
    }

    @Test
    void aTemplateWithoutFlowsDeclaresNone() throws Exception {
        assertThat(flows("Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n")).isEmpty();
    }

    @Test
    void aFlowWithoutPropertiesIsAnEmptyRequestLocatedAtItsResource() throws Exception {
        DeclaredFlow flow = flows("Resources:\n  Flow:\n    Type: AWS::AppFlow::Flow\n").get(0);
        assertThat(flow.request()).isEqualTo(JSON.readTree("{}"));
        assertThat(flow.locator().filePointer("/flowName")).isEqualTo("/Resources/Flow");
        assertThat(flow.locator().position("")).isEqualTo(new Position(2, 3));
    }

    @Test
    void propertiesChosenByAConditionAreOneUnknownRequestWithoutFindings() throws Exception {
        DeclaredFlow flow = flows("""
                Resources:
                  Flow:
                    Type: AWS::AppFlow::Flow
                    Properties: !If [IsProd, {FlowName: a}, {FlowName: b}]
                """).get(0);
        assertThat(Unknowns.isUnknown(flow.request())).isTrue();
        assertThat(org.appflowcontracts.validator.ContractValidator.forOperation("CreateFlow",
                org.appflowcontracts.validator.EngineKind.COMPILED).validate(flow.request()).violations()).isEmpty();
        assertThat(flow.locator().filePointer("/flowName")).isEqualTo("/Resources/Flow/Properties");
    }

    @Test
    void wrongTypesAreCarriedOverForTheContractToReport() throws Exception {
        JsonNode request = flows("""
                Resources:
                  Flow:
                    Type: AWS::AppFlow::Flow
                    Properties: {FlowName: [7], Tasks: {TaskType: Map}, Tags: {team: x}, TriggerConfig: on}
                """).get(0).request();
        assertThat(request).isEqualTo(JSON.readTree(
                "{\"flowName\": [7], \"tasks\": {\"TaskType\": \"Map\"}, \"tags\": {\"team\": \"x\"}, \"triggerConfig\": \"on\"}"));
    }

    @Test
    void scalarsAreReadAsThePropertyTypeAsCloudFormationHandsThemOn() throws Exception {
        JsonNode request = flows("""
                Resources:
                  Flow:
                    Type: AWS::AppFlow::Flow
                    Properties:
                      FlowName: 7
                      TriggerConfig:
                        TriggerType: Scheduled
                        TriggerProperties: {ScheduleExpression: rate(1hours), ScheduleOffset: "100"}
                      DestinationFlowConfigList:
                        - ConnectorType: S3
                          DestinationConnectorProperties:
                            S3:
                              BucketName: b
                              S3OutputFormatConfig: {PreserveSourceDataTyping: "true", FileType: "many"}
                """).get(0).request();
        assertThat(request.path("flowName").asString()).isEqualTo("7");
        assertThat(request.at("/triggerConfig/triggerProperties/Scheduled/scheduleOffset").isIntegralNumber()).isTrue();
        JsonNode format = request.at("/destinationFlowConfigList/0/destinationConnectorProperties/S3/s3OutputFormatConfig");
        assertThat(format.path("preserveSourceDataTyping").isBoolean()).isTrue();
        assertThat(format.path("fileType").asString()).as("text stays text, for the enum to judge").isEqualTo("many");
    }
}
