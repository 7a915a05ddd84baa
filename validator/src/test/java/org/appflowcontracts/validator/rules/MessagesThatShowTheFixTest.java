package org.appflowcontracts.validator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.appflowcontracts.validator.ContractValidator;
import org.appflowcontracts.validator.EngineKind;
import org.appflowcontracts.validator.Violation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A finding says what format was expected, shows the value, and adds a hint for the mistakes new users make; the
 * examples {@code --explain} shows for type-level ids are honest. Both engines word findings alike.
 */
class MessagesThatShowTheFixTest {

    private static final String SCHEDULED = """
            flowName: leads-to-s3
            kmsArn: alias/aws/appflow
            triggerConfig: {triggerType: OnDemand}
            sourceFlowConfig:
              connectorType: Salesforce
              connectorProfileName: my profile
              sourceConnectorProperties:
                Salesforce: {object: Account, enableDynamicFieldUpdate: no, includeDeletedRecords: "true"}
            destinationFlowConfigList:
              - connectorType: S3
                destinationConnectorProperties:
                  S3: {bucketName: "s3://acme-lake/leads", bucketPrefix: leads}
            tasks:
              - taskType: Map_all
                sourceFields: []
                connectorOperator: {Salesforce: NO_OP}
                taskProperties: {EXCLUDE_SOURCE_FIELDS_LIST: []}
              - taskType: Map
                sourceFields: [Name]
                connectorOperator: {Salesforce: NO_OP}
                destinationField: Name
                taskProperties: {SOURCE_DATA_TYPE: true}
            """;

    private static List<Violation> findings(EngineKind engine, String yaml) throws Exception {
        return ContractValidator.forOperation("CreateFlow", engine)
                .validate(yaml.getBytes(StandardCharsets.UTF_8), "flow.yaml").violations();
    }

    private static String message(List<Violation> findings, String ruleId, String pointer) {
        return findings.stream().filter(v -> v.ruleId().equals(ruleId) && v.pointer().equals(pointer))
                .map(Violation::message).findFirst().orElseThrow(() -> new AssertionError(
                        "no " + ruleId + " at " + pointer + " in " + findings));
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void aPatternFailureNamesTheFormatInWordsAndShowsTheValue(EngineKind engine) throws Exception {
        List<Violation> found = findings(engine, SCHEDULED);
        assertThat(message(found, "schema.pattern", "/sourceFlowConfig/connectorProfileName")).isEqualTo(
                "is not a valid ConnectorProfileName: expected letters, digits and the characters _ / ! @ # + = . -"
                        + " (no spaces), got \"my profile\"");
        assertThat(message(found, "schema.pattern", "/kmsArn"))
                .startsWith("is not a valid KMSArn: expected a KMS key ARN: arn:aws:kms:REGION:ACCOUNT-ID:key/KEY-ID,"
                        + " got \"alias/aws/appflow\"; a KMS key ARN is required, an alias is not accepted");
    }

    /**
     * One mistake, one finding: a hint that says what is wrong with the value (an alias, not a key ARN) absorbs the
     * length finding of the same value; a value the hint does not explain keeps both.
     */
    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void aHintThatExplainsTheValueAbsorbsItsLengthFinding(EngineKind engine) throws Exception {
        assertThat(findings(engine, SCHEDULED).stream().filter(v -> v.pointer().equals("/kmsArn"))
                .map(Violation::ruleId)).containsExactly("schema.pattern");
        List<String> shortKey = findings(engine, SCHEDULED.replace("alias/aws/appflow", "key/1234")).stream()
                .filter(v -> v.pointer().equals("/kmsArn")).map(Violation::ruleId).toList();
        assertThat(shortKey).containsExactlyInAnyOrder("schema.minLength", "schema.pattern");
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void typeMistakesOfYamlGetAHint(EngineKind engine) throws Exception {
        List<Violation> found = findings(engine, SCHEDULED);
        String salesforce = "/sourceFlowConfig/sourceConnectorProperties/Salesforce/";
        assertThat(message(found, "schema.type", salesforce + "enableDynamicFieldUpdate"))
                .startsWith("must be a boolean; write true or false without quotes");
        assertThat(message(found, "schema.type", salesforce + "includeDeletedRecords"))
                .startsWith("must be a boolean; write true or false without quotes");
        assertThat(message(found, "schema.type", "/tasks/0/taskProperties/EXCLUDE_SOURCE_FIELDS_LIST"))
                .contains("quote it, \"[]\" for no field");
        assertThat(message(found, "schema.type", "/tasks/1/taskProperties/SOURCE_DATA_TYPE"))
                .contains("put the value in quotes");
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void anS3UrlWhereABucketNameBelongsGetsAHint(EngineKind engine) throws Exception {
        List<Violation> found = findings(engine, SCHEDULED);
        assertThat(message(found, "S3_BUCKET_NAMING",
                "/destinationFlowConfigList/0/destinationConnectorProperties/S3/bucketName"))
                .endsWith(" Write the bucket name alone, without s3:// (an s3://bucket/path URL is not a bucket name);"
                        + " the path after the bucket goes in bucketPrefix.");
    }

    @Test
    void aFindingWithoutMemberOrValueGetsNoHintAndNoFailure() {
        assertThat(MessageData.shipped().hints("schema.type", null, "string", null)).isEmpty();
        assertThat(MessageData.shipped().hints("schema.pattern", null, null, null)).isEmpty();
        assertThat(MessageData.shipped().hints(null, "kmsArn", null, null)).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> typeLevelExamplesShowTheirId() {
        return RuleCatalog.load().typeLevel().stream()
                .map(entry -> DynamicTest.dynamicTest(entry.id(), () -> {
                    MessageData.Explanation why = MessageData.shipped().explanation(entry.id()).orElseThrow(
                            () -> new AssertionError("no explanation of " + entry.id()));
                    assertThat(why.text()).isNotBlank();
                    if (why.failing() == null) {
                        assertThat(why.text()).as("an id without examples says why").contains("do not use this check");
                        return;
                    }
                    // Fragments may miss other members: the fix must remove a finding of the id and add none.
                    List<String> failing = findingsOf(why.operation(), why.failing().toString(), entry.id());
                    List<String> fixed = findingsOf(why.operation(), why.fixed().toString(), entry.id());
                    assertThat(failing).as("failing example").isNotEmpty();
                    assertThat(failing).as("fixed example").containsAll(fixed).hasSizeGreaterThan(fixed.size());
                }));
    }

    /** The findings of {@code id} on a request of {@code operation}, as pointer and message. */
    private static List<String> findingsOf(String operation, String json, String id) throws Exception {
        return ContractValidator.forOperation(operation, EngineKind.REFERENCE)
                .validate(json.getBytes(StandardCharsets.UTF_8), "example.json").violations().stream()
                .filter(v -> v.ruleId().equals(id)).map(v -> v.pointer() + " " + v.message()).toList();
    }

}
