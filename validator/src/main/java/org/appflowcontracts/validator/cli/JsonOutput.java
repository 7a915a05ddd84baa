package org.appflowcontracts.validator.cli;

import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import org.appflowcontracts.validator.contracts.JsonText;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TreeNode;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON of the {@code json} and {@code sarif} reports, written by the streaming generator with the default pretty
 * printer: the very text a default mapper's pretty writer gives, without building a mapper (several hundred classes
 * a CI run would load for it on every start). Trees of objects, arrays, strings, numbers, booleans and nulls are
 * written here; any other node goes through the mapper.
 */
final class JsonOutput extends ObjectWriteContext.Base {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonOutput() {
    }

    static ObjectNode objectNode() {
        return NODES.objectNode();
    }

    static ArrayNode arrayNode() {
        return NODES.arrayNode();
    }

    /**
     * A pretty-printing generator over {@code out} that leaves {@code out} open when closed. Reports with many
     * findings are written item by item through it, so their size never has to fit in memory twice (tree and text).
     */
    static JsonGenerator prettyGenerator(Writer out) {
        return FACTORY.createGenerator(new JsonOutput(), out);
    }

    /** A tree as pretty text (rule examples in the rule catalog), as the mapper's pretty writer writes it. */
    static String pretty(JsonNode tree) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = prettyGenerator(out)) {
            generator.writeTree(tree);
        }
        return out.toString();
    }

    @Override
    public PrettyPrinter getPrettyPrinter() {
        return new DefaultPrettyPrinter();
    }

    @Override
    public boolean hasPrettyPrinter() {
        return true;
    }

    @Override
    public int getStreamWriteFeatures(int defaults) {
        return defaults & ~StreamWriteFeature.AUTO_CLOSE_TARGET.getMask();
    }

    @Override
    public TokenStreamFactory tokenStreamFactory() {
        return FACTORY;
    }

    @Override
    public void writeTree(JsonGenerator generator, TreeNode tree) {
        write(generator, (JsonNode) tree);
    }

    private static void write(JsonGenerator generator, JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                generator.writeStartObject(node, node.size());
                for (Map.Entry<String, JsonNode> member : node.properties()) {
                    generator.writeName(member.getKey());
                    write(generator, member.getValue());
                }
                generator.writeEndObject();
            }
            case ARRAY -> {
                generator.writeStartArray(node, node.size());
                for (JsonNode item : node) {
                    write(generator, item);
                }
                generator.writeEndArray();
            }
            case STRING -> generator.writeString(node.asString());
            case BOOLEAN -> generator.writeBoolean(node.booleanValue());
            case NULL -> generator.writeNull();
            case NUMBER -> JsonText.writeNumber(node, generator);
            default -> Json.MAPPER.writeValue(generator, node);
        }
    }
}
