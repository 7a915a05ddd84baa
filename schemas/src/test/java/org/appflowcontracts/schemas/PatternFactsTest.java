package org.appflowcontracts.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hand-picked facts about the imported patterns, checked in Java ({@code find()}), in the ECMA-262 engine and
 * through the reference validator; plus checks that the ECMA engine really tells naive translations apart.
 */
class PatternFactsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaIdResolvers(resolvers -> resolvers.mapPrefix(
                    "https://schemas.appflowcontracts.org/appflow/", "classpath:schemas/appflow/")));

    private final JsonNode defs = SchemaFiles.shapesSchema().path("$defs");

    private String pattern(String shape) {
        return defs.path(shape).path("pattern").asString();
    }

    private static boolean bothEngines(String pattern, String value) {
        boolean java = Pattern.compile(pattern).matcher(value).find();
        boolean ecma = new EcmaRegex(pattern).test(value);
        assertThat(ecma).as("ECMA and Java agree on %s", PatternAgreementTest.escape(value)).isEqualTo(java);
        return java;
    }

    private static List<Error> validate(String shape, String json) {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of(SchemaFiles.ID_BASE + "shapes.schema.json#/$defs/" + shape));
        return schema.validate(JSON.readTree(json));
    }

    @Test
    void flowNameRejectsSpacesAndAcceptsPlainNames() {
        assertThat(bothEngines(pattern("FlowName"), "my flow")).isFalse();
        assertThat(bothEngines(pattern("FlowName"), "ab")).isTrue();
        assertThat(bothEngines(pattern("FlowName"), "ab\n")).isFalse();
        assertThat(validate("FlowName", "\"my flow\"")).isNotEmpty();
        assertThat(validate("FlowName", "\"ab\"")).isEmpty();
    }

    @Test
    void flowDescriptionRejectsColons() {
        assertThat(bothEngines(pattern("FlowDescription"), "a:b")).isFalse();
        assertThat(bothEngines(pattern("FlowDescription"), "Copies accounts, daily.")).isTrue();
        assertThat(validate("FlowDescription", "\"a:b\"")).isNotEmpty();
    }

    @Test
    void tagKeysMustNotStartWithAws() {
        String tagKey = defs.path("TagMap").path("propertyNames").path("pattern").asString();
        assertThat(tagKey).isEqualTo(pattern("TagKey"));
        assertThat(bothEngines(tagKey, "aws:x")).isFalse();
        assertThat(bothEngines(tagKey, "team")).isTrue();
        assertThat(validate("TagMap", "{\"aws:x\": \"v\"}")).isNotEmpty();
        assertThat(validate("TagMap", "{\"team\": \"data\"}")).isEmpty();
    }

    @Test
    void timestampsAcceptEpochSecondsAndRfc3339() {
        assertThat(validate("Date", "1700000000")).isEmpty();
        assertThat(validate("Date", "1700000000.5")).isEmpty();
        assertThat(validate("Date", "\"2023-08-30T12:00:00Z\"")).isEmpty();
        assertThat(validate("Date", "\"2023-08-30T12:00:00.123+02:00\"")).isEmpty();
        assertThat(validate("Date", "\"2023-08-30\"")).isEmpty();
        assertThat(validate("Date", "\"2023-08-30Z\"")).isNotEmpty();
        assertThat(validate("Date", "\"2023-08-30T12:00:00Z\\n\"")).isNotEmpty();
        assertThat(validate("Date", "true")).isNotEmpty();
    }

    @Test
    void entrySchemaResolvesIntoTheShapes() {
        Schema createFlow = REGISTRY.getSchema(SchemaLocation.of(SchemaFiles.ID_BASE + "CreateFlowRequest.schema.json"));
        String valid = """
                {"flowName": "ab", "triggerConfig": {"triggerType": "OnDemand"},
                 "sourceFlowConfig": {"connectorType": "S3",
                   "sourceConnectorProperties": {"S3": {"bucketName": "source-bucket"}}},
                 "destinationFlowConfigList": [{"connectorType": "S3",
                   "destinationConnectorProperties": {"S3": {"bucketName": "target-bucket"}}}],
                 "tasks": [{"sourceFields": ["a"], "taskType": "Map", "connectorOperator": {"S3": "NO_OP"},
                   "destinationField": "a"}]}""";
        assertThat(createFlow.validate(JSON.readTree(valid))).isEmpty();
        assertThat(createFlow.validate(JSON.readTree(valid.replace("\"flowName\": \"ab\",", "")))).isNotEmpty();
        assertThat(createFlow.validate(JSON.readTree(valid.replace("\"ab\"", "\"my flow\"")))).isNotEmpty();
    }

    /** The proof engine must see the differences that make a naive translation wrong. */
    @Test
    void ecmaEngineSeesWhatNaiveTranslationsGetWrong() {
        // ECMA's \s includes U+00A0 and U+2028, Java's does not
        assertThat(new EcmaRegex("^[\\s]$").test("\u00A0")).isTrue();
        assertThat(Pattern.compile("^[\\s]$").matcher("\u00A0").find()).isFalse();
        // without the u flag a surrogate pair is two characters; Java sees one code point
        assertThat(new EcmaRegex("^.$").test("\uD83D\uDE00")).isFalse();
        assertThat(Pattern.compile("^.$").matcher("\uD83D\uDE00").find()).isTrue();
        assertThat(new EcmaRegex("^..$").test("\uD83D\uDE00")).isTrue();
        assertThat(EcmaRegex.unicode("^.$").test("\uD83D\uDE00")).isTrue();
        // Java's $ also stops before a final line terminator, ECMA's does not
        assertThat(Pattern.compile("^(?:a)$").matcher("a\n").find()).isTrue();
        assertThat(new EcmaRegex("^(?:a)$").test("a\u2028")).isFalse();
        // ^ is the start of input only
        assertThat(new EcmaRegex("^b").test("a\nb")).isFalse();
        // the Glue pattern's Java-style surrogate escapes: without u, ECMA reads a range from DC00 to DBFF,
        // which is out of order (a SyntaxError)
        assertThatThrownBy(() -> new EcmaRegex("^[\\uD800\\uDC00-\\uDBFF\\uDFFF]$"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Pattern.compile("^[\\uD800\\uDC00-\\uDBFF\\uDFFF]$").matcher("\uD83D\uDE00").find()).isTrue();
    }
}
