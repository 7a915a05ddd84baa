package org.appflowcontracts.validator.format.terraform;

import java.util.HashMap;
import java.util.Map;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.format.Unknowns;
import org.appflowcontracts.validator.parse.JsonPointers;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.LocatedParser;
import org.appflowcontracts.validator.parse.Position;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads Terraform's JSON syntax ({@code .tf.json}). Every string is a template there: one that interpolates
 * ({@code "${var.bucket}"}) or holds a directive ({@code %{ if }}) is decided only when Terraform runs and
 * becomes an unknown value; the escapes {@code $${} and {@code %%{} stand for the literal characters.
 */
public final class TerraformJsonReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Terraform's block type that generates blocks of another type from a collection. */
    private static final String DYNAMIC = "dynamic";

    private TerraformJsonReader() {
    }

    public static LocatedDocument read(byte[] content) throws InputException {
        return fromParsed(LocatedParser.parse(content, LocatedParser.Syntax.JSON));
    }

    /** A tree the JSON reader made, with its strings read as Terraform templates. */
    public static LocatedDocument fromParsed(LocatedDocument parsed) {
        Map<String, Position> positions = new HashMap<>();
        JsonNode root = convert(parsed.root(), "", parsed, positions);
        return new LocatedDocument(root, positions);
    }

    private static JsonNode convert(JsonNode node, String pointer, LocatedDocument parsed,
            Map<String, Position> positions) {
        Position at = parsed.positions().exact(pointer);
        if (at != null) {
            positions.put(pointer, at);
        }
        if (node.isObject()) {
            ObjectNode copy = NODES.objectNode();
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                String child = JsonPointers.append(pointer, member.getKey());
                copy.set(member.getKey(), convert(member.getValue(), child, parsed, positions));
            }
            JsonNode dynamic = node.get(DYNAMIC);
            if (dynamic != null && (dynamic.isObject() || dynamic.isArray())) {
                generateBlocks(copy, dynamic, pointer, positions);
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            for (int i = 0; i < node.size(); i++) {
                copy.add(convert(node.get(i), JsonPointers.append(pointer, i), parsed, positions));
            }
            return copy;
        }
        return node.isString() ? template(node.asString()) : node;
    }

    /**
     * A body's {@code "dynamic"} member ({@code {"task": {"for_each": ..., "content": {...}}}}, or a list of such
     * objects): each block type it generates is a list whose length and items are known only when Terraform runs,
     * together with any static block of that type, as the HCL reader has it; it starts where its first block is
     * written.
     */
    private static void generateBlocks(ObjectNode body, JsonNode dynamic, String pointer,
            Map<String, Position> positions) {
        body.remove(DYNAMIC);
        String dynamicPointer = JsonPointers.append(pointer, DYNAMIC);
        for (LabelledValue generated : LabelledValue.members(dynamic, dynamicPointer)) {
            String blockType = generated.label();
            Position written = positions.get(generated.pointer());
            if (!body.has(blockType) && written != null) {
                positions.put(JsonPointers.append(pointer, blockType), written);
            }
            body.set(blockType, Unknowns.unknown("dynamic \"" + blockType + "\" block"));
        }
    }

    /** A string as Terraform reads it: literal text, or unknown when it interpolates or holds a directive. */
    static JsonNode template(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '$' || c == '%') && text.charAt(i + 1) == '{') {
                return Unknowns.unknown(text);
            }
            if ((c == '$' || c == '%') && text.charAt(i + 1) == c && text.startsWith("{", i + 2)) {
                i += 2; // an escaped introducer: skip past it
            }
        }
        return NODES.stringNode(text.replace("$${", "${").replace("%%{", "%{"));
    }
}
