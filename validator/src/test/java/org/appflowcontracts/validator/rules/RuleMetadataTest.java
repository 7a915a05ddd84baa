package org.appflowcontracts.validator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.appflowcontracts.validator.contracts.OperationCatalog;
import org.appflowcontracts.validator.contracts.SchemaResources;
import org.junit.jupiter.api.Test;

/**
 * The rule metadata the build writes says exactly what reading the service model and the schemas says: the same
 * operations, the same documents, the same rule nodes with the ids, severities and messages violations carry.
 */
class RuleMetadataTest {

    private static RuleIndex fromSchemas() {
        return RuleCatalog.shippedIndex();
    }

    private static List<String> reported(RuleIndex index) {
        return index.ruleNodes().stream().map(r -> String.join("|", r.schemaDocument(), r.schemaPointer(), r.id(),
                r.severity().wireName(), String.valueOf(r.reportedAs()), r.summary(), r.message())).toList();
    }

    @Test
    void theBuildsMetadataMatchesTheSchemas() {
        RuleMetadata shipped = RuleMetadata.shipped().orElseThrow();
        assertThat(shipped.operations()).isEqualTo(OperationCatalog.fromServiceModel().operations())
                .contains("CreateFlow", "UpdateFlow");
        RuleIndex index = shipped.index();
        assertThat(index.documents()).isEqualTo(fromSchemas().documents());
        assertThat(reported(index)).hasSizeGreaterThan(50).isEqualTo(reported(fromSchemas()));
        assertThat(shipped.hintedRuleIds()).isEqualTo(MessageData.shipped().hintedRuleIds()).isNotEmpty();
    }

    @Test
    void ownersAndSchemaNodesAreAnsweredAsFromTheSchemas() {
        RuleIndex precomputed = RuleMetadata.shipped().orElseThrow().index();
        RuleIndex loaded = fromSchemas();
        for (RuleInfo rule : loaded.ruleNodes()) {
            String inside = rule.schemaPointer() + "/then/required";
            assertThat(precomputed.owner(rule.schemaDocument(), inside).map(RuleInfo::id))
                    .isEqualTo(loaded.owner(rule.schemaDocument(), inside).map(RuleInfo::id)).isPresent();
            assertThat(precomputed.schemaNode(rule.schemaDocument(), rule.schemaPointer()))
                    .isEqualTo(loaded.schemaNode(rule.schemaDocument(), rule.schemaPointer())).isPresent();
        }
        String shapes = SchemaResources.ID_PREFIX + "appflow/2020-08-23/shapes.schema.json";
        assertThat(precomputed.owner(shapes, "/$defs/FlowName/pattern")).isEmpty();
    }

    @Test
    void recordsReadBackAsTheyWereWritten() {
        RuleIndex index = fromSchemas();
        List<String[]> records = RuleMetadata.records(List.of("CreateFlow"), index, java.util.Set.of("X.y"));
        RuleMetadata read = RuleMetadata.fromRecords(records.toArray(new String[0][]));
        assertThat(read.operations()).containsExactly("CreateFlow");
        assertThat(read.hintedRuleIds()).containsExactly("X.y");
        assertThat(reported(read.index())).isEqualTo(reported(index));
    }
}
