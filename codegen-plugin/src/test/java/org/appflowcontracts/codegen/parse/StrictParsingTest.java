package org.appflowcontracts.codegen.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.appflowcontracts.codegen.Fixture;
import org.appflowcontracts.codegen.SchemaCompileException;
import org.appflowcontracts.codegen.model.SchemaGraph;
import org.appflowcontracts.codegen.model.SchemaLocation;
import org.junit.jupiter.api.Test;

class StrictParsingTest {

    private final SchemaParser parser = new SchemaParser();

    /** The parser reads the schemas; the fixture's naming file is data the compiler takes out first. */
    private SchemaGraph parse(List<SchemaInput> inputs) {
        return parser.parse(inputs.stream().filter(i -> !i.file().equals(Fixture.NAMING_FILE)).toList());
    }

    @Test
    void parsesTheFixtureAndResolvesRelativeRefsAcrossDocuments() {
        SchemaGraph graph = parse(Fixture.inputs());
        assertThat(graph.documents()).extracting(d -> d.file()).contains("rules/pipe.rules.json", "shapes.schema.json");
        assertThat(graph.nodes()).containsKey(new SchemaLocation("shapes.schema.json", "/$defs/Stage/properties/kind"));
    }

    @Test
    void unknownKeywordFailsWithFileAndPointer() {
        String shapes = Fixture.read("shapes.schema.json")
                .replace("\"maxItems\": 50", "\"maxItems\": 50, \"uniqueKeys\": true");
        assertThatThrownBy(() -> parse(Fixture.withDocument("shapes.schema.json", shapes)))
                .isInstanceOfSatisfying(SchemaCompileException.class, e -> {
                    assertThat(e.file()).isEqualTo("shapes.schema.json");
                    assertThat(e.pointer()).isEqualTo("/$defs/FieldList/uniqueKeys");
                    assertThat(e.getMessage()).contains("unsupported keyword 'uniqueKeys'");
                });
    }

    @Test
    void formatMappingsBesideTheSchemasAreDataNotSchemas() {
        String mapping = "{\"memberNaming\": \"PascalCase\", \"renames\": {\"Stage.kind\": \"Kind\"}}";
        SchemaGraph graph = parse(Fixture.withDocument("formats/pipe.mapping.json", mapping));
        assertThat(graph.documents()).extracting(d -> d.file()).doesNotContain("formats/pipe.mapping.json")
                .contains("shapes.schema.json");
        assertThatThrownBy(() -> parse(Fixture.withDocument("pipe.mapping.json", mapping)))
                .isInstanceOf(SchemaCompileException.class);
    }

    @Test
    void lineSeparatorsInSchemaStringsFailWithTheirPointer() {
        String value = Fixture.read("shapes.schema.json")
                .replace("\"enum\": [\"Map\", \"Filter\", \"Map_all\"]", "\"enum\": [\"Map\", \"Fil\\u2028ter\", \"Map_all\"]");
        assertThatThrownBy(() -> parse(Fixture.withDocument("shapes.schema.json", value)))
                .isInstanceOfSatisfying(SchemaCompileException.class, e -> {
                    assertThat(e.file()).isEqualTo("shapes.schema.json");
                    assertThat(e.pointer()).isEqualTo("/$defs/StageKind/enum/1");
                    assertThat(e.getMessage()).contains("U+2028");
                });
        String name = Fixture.read("shapes.schema.json").replace("\"weight\":", "\"wei\\u2029ght\":");
        assertThatThrownBy(() -> parse(Fixture.withDocument("shapes.schema.json", name)))
                .isInstanceOfSatisfying(SchemaCompileException.class,
                        e -> assertThat(e.pointer()).endsWith("/properties/wei\u2029ght"));
    }

    @Test
    void unpairedSurrogatesInSchemaStringsFailWithTheirPointer() {
        // A UTF-8 source file cannot hold a lone surrogate: written out it would become '?', silently another value.
        String value = Fixture.read("shapes.schema.json")
                .replace("\"enum\": [\"Map\", \"Filter\", \"Map_all\"]", "\"enum\": [\"Map\", \"Fil\\udc00ter\", \"Map_all\"]");
        assertThatThrownBy(() -> parse(Fixture.withDocument("shapes.schema.json", value)))
                .isInstanceOfSatisfying(SchemaCompileException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/$defs/StageKind/enum/1");
                    assertThat(e.getMessage()).contains("unpaired surrogate (U+DC00)");
                });
        // A pair is one character and passes.
        String pair = Fixture.read("shapes.schema.json")
                .replace("\"enum\": [\"Map\", \"Filter\", \"Map_all\"]", "\"enum\": [\"Map\", \"Fil\\ud83d\\ude00ter\", \"Map_all\"]");
        assertThat(parse(Fixture.withDocument("shapes.schema.json", pair))).isNotNull();
    }

    @Test
    void unsupportedKeywordInsideARuleFailsToo() {
        String rules = Fixture.read("rules/pipe.rules.json")
                .replace("\"required\": [\"offset\"]", "\"required\": [\"offset\"], \"unevaluatedProperties\": false");
        assertThatThrownBy(() -> parse(Fixture.withDocument("rules/pipe.rules.json", rules)))
                .isInstanceOfSatisfying(SchemaCompileException.class, e -> {
                    assertThat(e.file()).isEqualTo("rules/pipe.rules.json");
                    assertThat(e.pointer()).isEqualTo("/$defs/SAP_NEEDS_SCHEDULE/then/properties/schedule/unevaluatedProperties");
                });
    }

    @Test
    void danglingRefNamesTheReferringNode() {
        String shapes = Fixture.read("shapes.schema.json").replace("#/$defs/StageKind", "#/$defs/StageKinds");
        assertThatThrownBy(() -> parse(Fixture.withDocument("shapes.schema.json", shapes)))
                .isInstanceOfSatisfying(SchemaCompileException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/$defs/Stage/properties/kind/$ref");
                    assertThat(e.getMessage()).contains("points at nothing");
                });
    }

    @Test
    void malformedJsonReportsLineAndColumn() {
        SchemaInput broken = new SchemaInput("x.schema.json", "{\n  \"type\": \n}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> parse(List.of(broken)))
                .isInstanceOf(SchemaCompileException.class)
                .hasMessageContaining("x.schema.json#")
                .hasMessageContaining("line 3");
    }

    @Test
    void badCustomKeywordValueIsLocated() {
        String rules = Fixture.read("rules/pipe.rules.json").replace("\"as\": \"timestamp\"", "\"as\": \"date\"");
        assertThatThrownBy(() -> parse(Fixture.withDocument("rules/pipe.rules.json", rules)))
                .isInstanceOfSatisfying(SchemaCompileException.class,
                        e -> assertThat(e.pointer()).isEqualTo("/$defs/SCHEDULE_ORDER/properties/schedule/appflowOrdered/as"));
    }
}
