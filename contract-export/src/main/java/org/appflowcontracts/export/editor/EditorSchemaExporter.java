package org.appflowcontracts.export.editor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.appflowcontracts.export.ExportException;
import org.appflowcontracts.export.read.ContractsFolder;
import org.appflowcontracts.export.read.FormatWords;
import org.appflowcontracts.export.read.HttpOperation;
import org.appflowcontracts.export.read.ServiceBindings;
import org.appflowcontracts.export.schema.References;
import org.appflowcontracts.export.schema.SchemaRewriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A self-contained JSON Schema for the request body people write by hand: every shape it reaches inside
 * {@code $defs}, each with a description in words, and the rules of the operation's contract listed at the root.
 * It checks types, bounds and allowed values as an editor can while one types; the cross-field rules stay with
 * the validator (an editor would report warnings as errors and cannot tell unknown values apart).
 */
public final class EditorSchemaExporter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String DEFS = "#/$defs/";

    private EditorSchemaExporter() {
    }

    /**
     * @param idBase  the IRI prefix of the published file, e.g. {@code https://example.org/editor/}
     * @param example a complete request body editors offer as a start, or null
     * @param formats the words (and an example value) for the shapes' patterns
     */
    public static ObjectNode export(ServiceBindings service, ContractsFolder contracts, String operation,
            String idBase, JsonNode example, FormatWords formats) {
        HttpOperation op = service.operations().stream().filter(o -> o.name().equals(operation)).findFirst()
                .orElseThrow(() -> new ExportException(contracts.source(), "", "no operation " + operation));
        if (op.input() == null) {
            throw new ExportException(contracts.source(), "", operation + " has no request body");
        }
        References references = new References(contracts, DEFS, Map.of());
        SchemaRewriter shapes = new SchemaRewriter(references.in(ContractsFolder.SHAPES), (at, rule) -> { });
        ObjectNode defs = NODES.objectNode();
        reachable(contracts, op.input()).forEach((name, schema) ->
                defs.set(name, described(shapes.rewrite(schema), formats.of(name))));

        ObjectNode root = NODES.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", idBase + operation + "Request.editor.schema.json");
        root.put("title", operation + " request");
        String summary = "The body of a " + service.title() + " " + operation + " request (API version "
                + service.apiVersion() + ").";
        root.put("description", summary);
        root.put("markdownDescription", summary + RuleList.of(contracts, operation));
        if (example != null) {
            root.set("examples", NODES.arrayNode().add(example.deepCopy()));
        }
        root.put("$ref", DEFS + op.input());
        root.set("$defs", defs);
        return root;
    }

    private static ObjectNode described(JsonNode schema, Optional<FormatWords.Format> format) {
        ObjectNode copy = (ObjectNode) schema;
        String words = ShapeDescriptions.describe(copy, format);
        format.map(FormatWords.Format::example).filter(e -> !copy.has("examples"))
                .ifPresent(e -> copy.set("examples", NODES.arrayNode().add(e)));
        if (!copy.has("description") && !words.isEmpty()) {
            copy.put("description", words);
            copy.put("markdownDescription", words);
        }
        return copy;
    }

    /** The shapes reachable from {@code start} through references, sorted by name. */
    private static Map<String, JsonNode> reachable(ContractsFolder contracts, String start) {
        JsonNode defs = contracts.shapes().get("$defs");
        Map<String, JsonNode> found = new TreeMap<>();
        Deque<String> pending = new ArrayDeque<>();
        pending.add(start);
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (found.containsKey(name)) {
                continue;
            }
            JsonNode schema = defs.get(name);
            if (schema == null) {
                throw new ExportException(contracts.source(), "/" + ContractsFolder.SHAPES, "no shape " + name);
            }
            found.put(name, schema);
            schema.findValues("$ref").forEach(ref -> {
                String text = ref.asString("");
                if (text.startsWith(DEFS)) {
                    pending.add(text.substring(DEFS.length()));
                }
            });
        }
        return found;
    }
}
