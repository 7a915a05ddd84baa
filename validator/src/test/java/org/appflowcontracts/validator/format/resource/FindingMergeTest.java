package org.appflowcontracts.validator.format.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.Violation;
import org.junit.jupiter.api.Test;

class FindingMergeTest {

    private static Violation finding(String ruleId, String pointer, String message, int line) {
        return new Violation(ruleId, Severity.ERROR, pointer, "x#/y", message, line, 1);
    }

    private static List<String> ids(List<Violation> findings) {
        return findings.stream().map(v -> v.ruleId() + " " + v.pointer()).toList();
    }

    @Test
    void aMapKeyWrittenAsAValueIsReportedOnceWhenTheContractRefusesThatKey() {
        // The contract's finding on a map member's name is located at the entry's Key (schema location
        // .../propertyNames), where the resource schema's enum on that Key lands too.
        Violation contract = new Violation("schema.propertyNames", Severity.ERROR, "/Tasks/0/TaskProperties/0/Key",
                "CreateFlowRequest.schema.json#/$defs/TaskPropertiesMap/propertyNames",
                "key 'EXCLUDE_SOURCE_FIELDS' is not allowed here; did you mean 'EXCLUDE_SOURCE_FIELDS_LIST'?", 3, 1);
        Violation sameKey = finding("cfn.schema.enum", "/Tasks/0/TaskProperties/0/Key", "must be one of [...]", 3);
        // Another entry's key, or another kind of check on the same key, is another mistake.
        Violation otherKey = finding("cfn.schema.enum", "/Tasks/0/TaskProperties/1/Key", "must be one of [...]", 4);
        Violation otherKind = finding("cfn.schema.pattern", "/Tasks/0/TaskProperties/0/Key", "does not have", 3);
        List<Violation> merged = FindingMerge.merge(List.of(contract), List.of(sameKey, otherKey, otherKind));
        assertThat(ids(merged)).containsExactly("cfn.schema.pattern /Tasks/0/TaskProperties/0/Key",
                "schema.propertyNames /Tasks/0/TaskProperties/0/Key", "cfn.schema.enum /Tasks/0/TaskProperties/1/Key");
        // A contract finding on the value there (not from propertyNames) leaves the key's enum finding alone.
        Violation onValue = finding("schema.maxLength", "/Tasks/0/TaskProperties/0/Key", "must be at most", 3);
        assertThat(ids(FindingMerge.merge(List.of(onValue), List.of(sameKey)))).containsExactly(
                "cfn.schema.enum /Tasks/0/TaskProperties/0/Key", "schema.maxLength /Tasks/0/TaskProperties/0/Key");
    }

    @Test
    void aLengthFindingBesideTheContractsFormatFindingIsTheSameWrongValue() {
        Violation pattern = finding("schema.pattern", "/KMSArn", "is not a valid KMSArn [...] (an alias)", 5);
        List<Violation> merged = FindingMerge.merge(List.of(pattern),
                List.of(finding("cfn.schema.minLength", "/KMSArn", "must be at least 20 characters long", 5),
                        finding("cfn.schema.minLength", "/FlowName", "must be at least 1 character long", 3)));
        assertThat(ids(merged)).containsExactly("cfn.schema.minLength /FlowName", "schema.pattern /KMSArn");
    }

    @Test
    void aFormFindingBesideTheContractsTypeFindingIsTheSameWrongValue() {
        Violation type = finding("schema.type", "/TriggerConfig/TriggerProperties/ScheduleOffset",
                "must be an integer", 7);
        List<Violation> merged = FindingMerge.merge(List.of(type), List.of(
                finding("cfn.schema.pattern", "/TriggerConfig/TriggerProperties/ScheduleOffset", "does not have", 7),
                finding("cfn.schema.required", "/TriggerConfig/TriggerProperties/ScheduleOffset", "missing 'x'", 7)));
        assertThat(ids(merged)).containsExactly("cfn.schema.required /TriggerConfig/TriggerProperties/ScheduleOffset",
                "schema.type /TriggerConfig/TriggerProperties/ScheduleOffset");
    }

    @Test
    void aWarningRuleDoesNotStandInForWhatTheResourceSchemaRefuses() {
        Violation warningRule = new Violation("S3_SOURCE_PREFIX_REQUIRED", Severity.WARNING,
                "/SourceFlowConfig/SourceConnectorProperties/S3", "x#/y", "Set BucketPrefix", 9, 1);
        Violation refused = finding("cfn.schema.required", "/SourceFlowConfig/SourceConnectorProperties/S3",
                "missing required member 'BucketPrefix'", 9);
        assertThat(ids(FindingMerge.merge(List.of(warningRule), List.of(refused)))).containsExactly(
                "S3_SOURCE_PREFIX_REQUIRED /SourceFlowConfig/SourceConnectorProperties/S3",
                "cfn.schema.required /SourceFlowConfig/SourceConnectorProperties/S3");
        Violation terraformWarning = new Violation("tf.schema.enum", Severity.WARNING, "/Tasks/0/TaskType", "x#/y",
                "must be one of [...]", 9, 1);
        Violation ruleWarning = new Violation("TASK_RULE", Severity.WARNING, "/Tasks/0/TaskType", "x#/y", "m", 9, 1);
        assertThat(ids(FindingMerge.merge(List.of(ruleWarning), List.of(terraformWarning))))
                .as("as severe: one mistake, told by the contract").containsExactly("TASK_RULE /Tasks/0/TaskType");
    }

    @Test
    void theSameKindOfCheckAtTheSamePlaceIsReportedOnceByTheContract() {
        List<Violation> merged = FindingMerge.merge(
                List.of(finding("schema.enum", "/Tasks/0/TaskType", "must be one of [...]", 9)),
                List.of(finding("cfn.schema.enum", "/Tasks/0/TaskType", "must be one of [...]", 9)));
        assertThat(ids(merged)).containsExactly("schema.enum /Tasks/0/TaskType");
    }

    @Test
    void anotherKindOrAnotherPlaceIsAnotherMistake() {
        List<Violation> merged = FindingMerge.merge(
                List.of(finding("schema.maxLength", "/FlowName", "must be at most 256 characters long", 3)),
                List.of(finding("cfn.schema.pattern", "/FlowName", "does not have the required format", 3),
                        finding("cfn.schema.enum", "/Tasks/0/TaskType", "must be one of [...]", 9)));
        assertThat(ids(merged)).containsExactly("cfn.schema.pattern /FlowName", "schema.maxLength /FlowName",
                "cfn.schema.enum /Tasks/0/TaskType");
    }

    @Test
    void aMissingMemberIsAMistakeOfItsOwn() {
        String s3 = "/SourceFlowConfig/SourceConnectorProperties/S3";
        List<Violation> contract = List.of(finding("schema.required", s3, "missing required member 'BucketName'", 5));
        List<Violation> sameMember = FindingMerge.merge(contract,
                List.of(finding("cfn.schema.required", s3, "missing required member 'BucketName'", 5)));
        assertThat(ids(sameMember)).containsExactly("schema.required " + s3);
        List<Violation> otherMember = FindingMerge.merge(contract, List.of(finding("cfn.schema.required", s3,
                "missing required members 'BucketName', 'BucketPrefix'", 5)));
        assertThat(ids(otherMember)).containsExactly("cfn.schema.required " + s3, "schema.required " + s3);
    }

    @Test
    void aCatalogRuleAtThePlaceSaysItBetter() {
        String operator = "/Tasks/1/ConnectorOperator/Zendesk";
        List<Violation> merged = FindingMerge.merge(
                List.of(finding("CONNECTOR_OPERATOR_WHITELIST.zendesk", operator, "Zendesk filters only ...", 12)),
                List.of(finding("cfn.schema.enum", operator, "must be one of [...]", 12),
                        finding("cfn.schema.required", operator, "missing required member 'X'", 12)));
        assertThat(ids(merged)).containsExactly("CONNECTOR_OPERATOR_WHITELIST.zendesk " + operator,
                "cfn.schema.required " + operator);
    }

    @Test
    void aRuleThatFailedOnTheSameMissingMemberSaysItOnce() {
        String sap = "/SourceFlowConfig/SourceConnectorProperties/SAPOData";
        Violation rule = new Violation("SAPODATA_SOURCE_OBJECT_PATH_REQUIRED", Severity.ERROR, sap,
                "rules/sapodata.rules.json#/$defs/R/then/properties/SAPOData/required",
                "Set SAPOData.ObjectPath to the path of the entity set to read.", 5, 1);
        List<Violation> same = FindingMerge.merge(List.of(rule),
                List.of(finding("cfn.schema.required", sap, "missing required member 'ObjectPath'", 5)));
        assertThat(ids(same)).containsExactly("SAPODATA_SOURCE_OBJECT_PATH_REQUIRED " + sap);
        // A member the rule's words do not name, or name only as part of a longer name, is another mistake.
        List<Violation> other = FindingMerge.merge(List.of(rule),
                List.of(finding("cfn.schema.required", sap, "missing required member 'Object'", 5)));
        assertThat(ids(other)).containsExactly("SAPODATA_SOURCE_OBJECT_PATH_REQUIRED " + sap,
                "cfn.schema.required " + sap);
        // A rule that failed on something other than a required member does not speak for one.
        Violation notRequired = new Violation("SAPODATA_SOURCE_OBJECT_PATH_REQUIRED", Severity.ERROR, sap,
                "rules/sapodata.rules.json#/$defs/R/then/properties/SAPOData/minProperties", rule.message(), 5, 1);
        List<Violation> kept = FindingMerge.merge(List.of(notRequired),
                List.of(finding("cfn.schema.required", sap, "missing required member 'ObjectPath'", 5)));
        assertThat(ids(kept)).containsExactly("SAPODATA_SOURCE_OBJECT_PATH_REQUIRED " + sap,
                "cfn.schema.required " + sap);
    }

    @Test
    void kindsAreTheKeywordsOfTypeLevelIds() {
        assertThat(FindingMerge.kind("tf.schema.additionalProperties")).isEqualTo("additionalProperties");
        assertThat(FindingMerge.kind("schema.required")).isEqualTo("required");
        assertThat(FindingMerge.kind("DEST_WRITE_OP_NEEDS_ID_FIELDS")).isEmpty();
        assertThat(FindingMerge.kind("MYschema.enum")).isEmpty();
    }
}
