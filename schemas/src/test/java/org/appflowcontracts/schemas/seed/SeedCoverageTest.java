package org.appflowcontracts.schemas.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The imported schemas cover everything the API reference text shows for CreateFlow, DescribeFlow,
 * DescribeFlowExecutionRecords and UpdateFlow (as of the 2023-08-30 change): every field path of the
 * Request/Response Syntax blocks and every listed enum value.
 */
class SeedCoverageTest {

    private static final JsonMapper MAPPER = JsonMapper.shared();
    private static final String SAP_ODATA_SOURCE = "sourceFlowConfig.sourceConnectorProperties.SAPOData";

    private final SchemaDocuments committed = new SchemaDocuments(SchemaDocuments.classpath(MAPPER));

    @Test
    void everyReferenceFieldAndEnumValueExistsInTheSchemas() {
        List<SeedFacts.Entry> entries = new SeedFacts(MAPPER).entries();
        CoverageChecker checker = new CoverageChecker(committed);
        List<String> problems = new ArrayList<>();
        int paths = 0;
        int enumValues = 0;
        for (SeedFacts.Entry entry : entries) {
            CoverageReport report = checker.check(entry.name(), entry.syntax(), entry.enumValues());
            System.out.printf("%-38s %4d field paths, %4d enum values checked%n",
                    report.entry(), report.pathsChecked(), report.enumValuesChecked());
            paths += report.pathsChecked();
            enumValues += report.enumValuesChecked();
            problems.addAll(report.problems());
        }
        System.out.printf("%-38s %4d field paths, %4d enum values checked%n", "total", paths, enumValues);

        assertThat(entries).hasSize(2 * SeedFacts.OPERATIONS.size());
        assertThat(entries).allSatisfy(entry -> assertThat(entry.syntax().fields()).isNotEmpty());
        assertThat(problems)
                .withFailMessage(() -> problems.size() + " reference facts are missing from the schemas:\n  "
                        + String.join("\n  ", problems))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CreateFlowRequest", "UpdateFlowRequest", "DescribeFlowResponse"})
    void sapODataParallelismAndPaginationAreRequiredBoundedIntegers(String entry) {
        SchemaCursor sapOData = at(committed, entry, SAP_ODATA_SOURCE);

        assertRequiredBoundedInteger(sapOData, "parallelismConfig", "maxParallelism", 1, 10);
        assertRequiredBoundedInteger(sapOData, "paginationConfig", "maxPageSize", 1, 10_000);
    }

    @Test
    void executionResultReportsParallelismAndPageSizeAsUnboundedIntegers() {
        SchemaCursor result = at(committed, "DescribeFlowExecutionRecordsResponse", "flowExecutions[].executionResult");

        for (String member : List.of("numParallelProcesses", "maxPageSize")) {
            SchemaCursor schema = at(result, member);
            assertThat(schema.types()).as(member + " type").containsExactly("integer");
            for (String bound : List.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")) {
                assertThat(schema.keyword(bound)).as(member + " " + bound).isEmpty();
            }
        }
    }

    /** Guards the checker itself: a schema that lost a field or an enum value must be reported. */
    @Test
    void aFieldOrEnumValueRemovedFromTheSchemasIsReported() {
        SchemaDocuments.Source classpath = SchemaDocuments.classpath(MAPPER);
        SchemaDocuments mutated = new SchemaDocuments(id -> classpath.read(id).map(document -> {
            if (!id.getPath().endsWith("/shapes.schema.json")) {
                return document;
            }
            JsonNode copy = document.deepCopy();
            ((ObjectNode) copy.at("/$defs/ExecutionResult/properties")).remove("maxPageSize");
            ArrayNode connectorTypes = (ArrayNode) copy.at("/$defs/ConnectorType/enum");
            for (int i = connectorTypes.size() - 1; i >= 0; i--) {
                if (connectorTypes.get(i).asString().equals("SAPOData")) {
                    connectorTypes.remove(i);
                }
            }
            return copy;
        }));
        CoverageChecker checker = new CoverageChecker(mutated);

        List<String> problems = new ArrayList<>();
        for (SeedFacts.Entry entry : new SeedFacts(MAPPER).entries()) {
            problems.addAll(checker.check(entry.name(), entry.syntax(), entry.enumValues()).problems());
        }

        assertThat(problems)
                .anySatisfy(p -> assertThat(p).startsWith(
                        "DescribeFlowExecutionRecordsResponse: flowExecutions[].executionResult.maxPageSize missing"))
                .anySatisfy(p -> assertThat(p).startsWith(
                        "CreateFlowRequest: sourceFlowConfig.connectorType enum value 'SAPOData' missing"))
                .anySatisfy(p -> assertThat(p).startsWith(
                        "UpdateFlowRequest: destinationFlowConfigList[].connectorType enum value 'SAPOData' missing"))
                .noneSatisfy(p -> assertThat(p).contains("numParallelProcesses"));
    }

    private static void assertRequiredBoundedInteger(SchemaCursor owner, String config, String member, long min,
            long max) {
        SchemaCursor configSchema = at(owner, config);
        assertThat(configSchema.required()).as(config + " required members").contains(member);
        SchemaCursor schema = at(configSchema, member);
        assertThat(schema.types()).as(member + " type").containsExactly("integer");
        assertThat(schema.keyword("minimum").map(JsonNode::asLong)).as(member + " minimum").contains(min);
        assertThat(schema.keyword("maximum").map(JsonNode::asLong)).as(member + " maximum").contains(max);
    }

    private static SchemaCursor at(SchemaDocuments documents, String entry, String path) {
        Optional<SchemaCursor> root = documents.entry(entry + ".schema.json");
        assertThat(root).as(entry + ".schema.json").isPresent();
        return at(root.get(), path);
    }

    private static SchemaCursor at(SchemaCursor from, String path) {
        Optional<SchemaCursor> schema = from.walk(FieldPath.parse(path));
        assertThat(schema).as(path + " under " + from.location()).isPresent();
        return schema.get();
    }
}
