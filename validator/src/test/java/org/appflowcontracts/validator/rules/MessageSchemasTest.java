package org.appflowcontracts.validator.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.appflowcontracts.validator.contracts.SchemaResources;
import org.appflowcontracts.validator.engine.RawFailure;
import org.appflowcontracts.validator.tables.GeneratedTables;
import org.appflowcontracts.validator.tables.MessageSchemaTable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The build's message schemas stand in for the schema documents exactly: every type-level message reads the same
 * from an excerpt as from the schema object itself, and the compiled table is the one the schemas give today.
 */
class MessageSchemasTest {

    private static final String[][] COMPILED = GeneratedTables
            .load(MessageSchemaTable.GENERATED_CLASS, MessageSchemaTable.class).orElseThrow().messageSchemas();

    @Test
    void theCompiledTableEqualsWhatTheSchemasGiveToday() {
        List<List<String>> now = new ArrayList<>();
        for (String[] record : org.appflowcontracts.validator.StartupTablesAccess.messageSchemas()) {
            now.add(List.of(record));
        }
        List<List<String>> compiled = new ArrayList<>();
        for (String[] record : COMPILED) {
            compiled.add(List.of(record));
        }
        assertThat(compiled).hasSizeGreaterThan(500).isEqualTo(now);
        assertThat(compiled).anySatisfy(r -> assertThat(r.get(0)).endsWith("shapes.schema.json"))
                .anySatisfy(r -> assertThat(r.get(0)).endsWith("CloudFormationAppFlowFlow.resource.schema.json"));
    }

    @Test
    void everyTypeLevelMessageReadsTheSameFromTheExcerptAsFromTheSchema() {
        MessageSchemas excerpts = MessageSchemas.fromRecords(COMPILED);
        SchemaResources resources = SchemaResources.shipped();
        int compared = 0;
        for (String[] record : COMPILED) {
            if (record.length < 3) {
                continue;
            }
            JsonNode full = resources.read(record[0]).orElseThrow().at(record[1]);
            JsonNode excerpt = excerpts.at(record[0], record[1]).orElseThrow();
            for (TypeLevelMessages.Entry entry : TypeLevelMessages.entries()) {
                for (String member : members(full)) {
                    RawFailure failure = new RawFailure(entry.keyword(), "/x", member, record[0],
                            record[1] + "/" + entry.keyword(), "3");
                    for (JsonNode value : values(full)) {
                        assertThat(TypeLevelMessages.message(failure, excerpt, List.of(member), value))
                                .isEqualTo(TypeLevelMessages.message(failure, full, List.of(member), value));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(10_000);
    }

    /** Member names that exercise suggestions: each defined one misspelt, and one unrelated. */
    private static List<String> members(JsonNode schema) {
        List<String> members = new ArrayList<>(List.of("zzUnrelated"));
        JsonNode properties = schema.get("properties");
        if (properties != null && properties.isObject()) {
            for (String name : properties.propertyNames()) {
                members.add(name.length() > 3 ? name.substring(0, name.length() - 1) : name + "x");
            }
        }
        JsonNode keys = schema.path("propertyNames").get("enum");
        if (keys != null && keys.isArray() && !keys.isEmpty()) {
            members.add(keys.get(0).asString().toLowerCase(java.util.Locale.ROOT));
        }
        JsonNode companions = schema.get("dependentRequired");
        if (companions != null && companions.isObject()) {
            members.addAll(companions.propertyNames());
        }
        return members;
    }

    /** Values that exercise enum suggestions and shown values: each allowed one re-cased, and one unrelated. */
    private static List<JsonNode> values(JsonNode schema) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        List<JsonNode> values = new ArrayList<>(List.of(nodes.stringNode("unrelated value"), nodes.numberNode(3)));
        JsonNode allowed = schema.get("enum");
        if (allowed != null && allowed.isArray()) {
            for (JsonNode v : allowed) {
                if (v.isString()) {
                    values.add(nodes.stringNode(v.asString().toLowerCase(java.util.Locale.ROOT)));
                }
            }
        }
        return values;
    }
}
