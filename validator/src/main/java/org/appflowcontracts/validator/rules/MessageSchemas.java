package org.appflowcontracts.validator.rules;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.appflowcontracts.validator.contracts.JsonTrees;
import org.appflowcontracts.validator.contracts.SchemaResources;
import org.appflowcontracts.validator.parse.JsonPointers;
import org.appflowcontracts.validator.tables.GeneratedTables;
import org.appflowcontracts.validator.tables.MessageSchemaTable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a type-level message reads of the schema object holding a failing keyword ({@link TypeLevelMessages}: its
 * title, the names of its members, its enum, its map keys' enum, its pattern, its companion members), worked out by
 * the build for every such object no rule owns in the shipped documents and the formats' resource schemas, and
 * compiled into the jar ({@link MessageSchemaTable}). A run's first type-level finding then reads a few hundred
 * bytes of it instead of opening the jar and parsing a schema document of up to 140 KB.
 */
public final class MessageSchemas {

    /** The members of a schema object the messages read; an object with none of them is not recorded. */
    static final List<String> MESSAGE_KEYS =
            List.of("title", "properties", "enum", "propertyNames", "pattern", "dependentRequired");

    private final Set<String> documents;
    /** document + "#" + pointer → the excerpt as JSON text. */
    private final Map<String, String> excerpts;

    private MessageSchemas(Set<String> documents, Map<String, String> excerpts) {
        this.documents = documents;
        this.excerpts = excerpts;
    }

    /** The build's table; empty when running from classes the build did not finish. Loaded on first use. */
    public static Optional<MessageSchemas> shipped() {
        return Shipped.TABLE;
    }

    /** Whether the table holds the message parts of every schema object of {@code documentIri}. */
    public boolean covers(String documentIri) {
        return documents.contains(documentIri);
    }

    /** The message parts of the schema object at {@code pointer}; empty when it has none (or is not there). */
    public Optional<JsonNode> at(String documentIri, String pointer) {
        String text = excerpts.get(documentIri + "#" + pointer);
        return text == null ? Optional.empty()
                : Optional.of(JsonTrees.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    }

    static MessageSchemas fromRecords(String[][] records) {
        Set<String> documents = new HashSet<>();
        Map<String, String> excerpts = new HashMap<>();
        for (String[] record : records) {
            documents.add(record[0]);
            if (record.length == 3) {
                excerpts.put(record[0] + "#" + record[1], record[2]);
            }
        }
        return new MessageSchemas(Set.copyOf(documents), Map.copyOf(excerpts));
    }

    /**
     * The records of the table, in document order: {@code [document]} for each covered document, then
     * {@code [document, pointer, excerpt]} for each of its schema objects that no rule owns and that has a part the
     * messages read.
     */
    public static List<String[]> records(RuleIndex index, Collection<String> documentIris, SchemaResources resources) {
        List<String[]> records = new ArrayList<>();
        for (String iri : documentIris) {
            Optional<JsonNode> document = resources.read(iri);
            if (document.isPresent()) {
                records.add(new String[] {iri});
                collect(document.get(), "", iri, index, records);
            }
        }
        return records;
    }

    private static void collect(JsonNode node, String pointer, String iri, RuleIndex index, List<String[]> out) {
        if (node.isObject()) {
            ObjectNode excerpt = excerpt(node);
            if (!excerpt.isEmpty() && index.owner(iri, pointer).isEmpty()) {
                out.add(new String[] {iri, pointer, excerpt.toString()});
            }
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                collect(member.getValue(), JsonPointers.append(pointer, member.getKey()), iri, index, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), JsonPointers.append(pointer, i), iri, index, out);
            }
        }
    }

    /** The parts of a schema object the messages read: member names only, a map key enum only. */
    static ObjectNode excerpt(JsonNode schema) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (String key : MESSAGE_KEYS) {
            JsonNode value = schema.get(key);
            if (value == null) {
                continue;
            }
            if (key.equals("properties") && value.isObject()) {
                ObjectNode names = out.putObject(key);
                for (String name : value.propertyNames()) {
                    names.put(name, true);
                }
            } else if (key.equals("propertyNames")) {
                if (value.isObject() && value.has("enum")) {
                    out.putObject(key).set("enum", value.get("enum"));
                }
            } else {
                out.set(key, value);
            }
        }
        return out;
    }

    /** Loads the generated table on first use only: most runs have no type-level finding. */
    private static final class Shipped {
        static final Optional<MessageSchemas> TABLE = read();

        private static Optional<MessageSchemas> read() {
            Optional<MessageSchemaTable> table =
                    GeneratedTables.load(MessageSchemaTable.GENERATED_CLASS, MessageSchemaTable.class);
            return table.isPresent() ? Optional.of(fromRecords(table.get().messageSchemas())) : Optional.empty();
        }
    }
}
