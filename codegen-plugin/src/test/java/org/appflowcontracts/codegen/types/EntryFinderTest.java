package org.appflowcontracts.codegen.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.appflowcontracts.codegen.model.Entry;
import org.appflowcontracts.codegen.model.SchemaGraph;
import org.appflowcontracts.codegen.parse.SchemaInput;
import org.appflowcontracts.codegen.parse.SchemaParser;
import org.junit.jupiter.api.Test;

class EntryFinderTest {

    private static SchemaInput object(String file) {
        return new SchemaInput(file, "{\"type\": \"object\"}".getBytes(StandardCharsets.UTF_8));
    }

    private static final SchemaGraph GRAPH = new SchemaParser().parse(List.of(
            object("CreateFlowRequest.schema.json"), object("CreateFlowResponse.schema.json"),
            object("CloudFormationFlow.resource.schema.json"), object("nested/Other.resource.schema.json"),
            object("helpers.schema.json")));

    @Test
    void resourceSchemasAtTheRootAreEntriesNamedByTheirStem() {
        List<Entry> entries = new EntryFinder().find(GRAPH, Set.of());
        assertThat(entries).extracting(Entry::name)
                .containsExactly("CloudFormationFlow", "CreateFlowRequest", "CreateFlowResponse");
        assertThat(entries.get(0).operation()).isEqualTo("CloudFormationFlow");
        assertThat(entries.get(0).contract().file()).isEqualTo("CloudFormationFlow.resource.schema.json");
    }

    @Test
    void aResourceSchemaIsSelectedLikeAnOperation() {
        assertThat(new EntryFinder().find(GRAPH, Set.of("CloudFormationFlow"))).extracting(Entry::name)
                .containsExactly("CloudFormationFlow");
        assertThatThrownBy(() -> new EntryFinder().find(GRAPH, Set.of("Other")))
                .hasMessageContaining("no entry schema for operation 'Other'");
    }
}
