package org.appflowcontracts.validator.parse.hcl;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.format.Unknowns;
import org.appflowcontracts.validator.parse.JsonPointers;
import org.appflowcontracts.validator.parse.Position;
import org.openrewrite.hcl.internal.grammar.HCLParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * HCL bodies in the shape of Terraform's JSON syntax. At the top of a file a block nests under its type and
 * labels ({@code /resource/aws_appflow_flow/accounts}); inside a body an attribute is a member and the blocks of
 * one type are an array of bodies ({@code /task/2}). A {@code dynamic} block generates its type's whole list
 * when Terraform runs, so that list is one unknown value. An attribute set to {@code null} is left out, as
 * Terraform treats it as not set.
 */
final class HclBodies {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Top-level block types whose type and labels name one object only (Terraform refuses a second one). */
    private static final Set<String> UNIQUE_TOP_LEVEL = Set.of("resource", "data");

    private final Map<String, Position> positions;
    private final HclValues values;

    HclBodies(Map<String, Position> positions) {
        this.positions = positions;
        this.values = new HclValues(positions);
    }

    /** The whole file. */
    ObjectNode file(HCLParser.BodyContext body) throws InputException {
        ObjectNode root = NODES.objectNode();
        Set<String> attributes = new HashSet<>();
        for (HCLParser.BodyContentContext content : body.bodyContent()) {
            if (content.attribute() != null) {
                attribute(root, "", content.attribute(), attributes);
            } else {
                topLevelBlock(root, content.block());
            }
        }
        return root;
    }

    private void topLevelBlock(ObjectNode root, HCLParser.BlockContext block) throws InputException {
        String type = block.Identifier().getText();
        ObjectNode parent = root;
        String pointer = "";
        String name = type;
        Position at = HclText.at(block);
        for (int i = 0; i < block.blockLabel().size(); i++) {
            parent = child(parent, pointer, name, at);
            pointer = JsonPointers.append(pointer, name);
            name = label(block.blockLabel(i));
            at = HclText.at(block.blockLabel(i));
        }
        String bodyPointer = JsonPointers.append(pointer, name);
        JsonNode existing = parent.get(name);
        if (block.blockLabel().isEmpty() || existing != null) {
            if (existing != null && UNIQUE_TOP_LEVEL.contains(type)) {
                Position here = HclText.at(block);
                throw new InputException("malformed Terraform: duplicate " + type + " block " + describe(block),
                        here.line(), here.column(), null);
            }
            repeatedBlock(parent, name, bodyPointer, block);
            return;
        }
        positions.put(bodyPointer, at);
        parent.set(name, body(block.blockExpr().body(), bodyPointer));
    }

    /** Unlabelled blocks (terraform, locals) and repeated labelled ones (provider aliases) are lists. */
    private void repeatedBlock(ObjectNode parent, String name, String listPointer, HCLParser.BlockContext block)
            throws InputException {
        JsonNode existing = parent.get(name);
        ArrayNode list;
        if (existing instanceof ArrayNode array) {
            list = array;
        } else {
            list = NODES.arrayNode();
            if (existing == null) {
                positions.put(listPointer, HclText.at(block));
            } else {
                list.add(existing);
            }
            parent.set(name, list);
        }
        String itemPointer = JsonPointers.append(listPointer, list.size());
        positions.put(itemPointer, HclText.at(block));
        list.add(body(block.blockExpr().body(), itemPointer));
    }

    private ObjectNode child(ObjectNode parent, String pointer, String name, Position at) {
        JsonNode existing = parent.get(name);
        if (existing instanceof ObjectNode object) {
            return object;
        }
        ObjectNode created = NODES.objectNode();
        positions.put(JsonPointers.append(pointer, name), at);
        parent.set(name, created);
        return created;
    }

    /** A block's body: attributes as members, nested blocks as arrays of bodies. */
    ObjectNode body(HCLParser.BodyContext body, String pointer) throws InputException {
        ObjectNode node = NODES.objectNode();
        Set<String> attributes = new HashSet<>();
        Set<String> dynamic = new HashSet<>();
        for (HCLParser.BodyContentContext content : body.bodyContent()) {
            if (content.attribute() != null) {
                attribute(node, pointer, content.attribute(), attributes);
            } else {
                nestedBlock(node, pointer, content.block(), attributes, dynamic);
            }
        }
        return node;
    }

    private void attribute(ObjectNode node, String pointer, HCLParser.AttributeContext attribute,
            Set<String> attributes) throws InputException {
        String name = attribute.getStart().getText();
        if (!attributes.add(name) || node.has(name)) {
            throw redefined("attribute \"" + name + "\"", HclText.at(attribute));
        }
        String memberPointer = JsonPointers.append(pointer, name);
        JsonNode value = values.value(attribute.expression(), memberPointer);
        if (!value.isNull()) {
            positions.put(memberPointer, HclText.at(attribute));
            node.set(name, value);
        }
    }

    private void nestedBlock(ObjectNode node, String pointer, HCLParser.BlockContext block, Set<String> attributes,
            Set<String> dynamic) throws InputException {
        String type = block.Identifier().getText();
        if (type.equals("dynamic") && block.blockLabel().size() == 1) {
            String generated = label(block.blockLabel(0));
            if (attributes.contains(generated)) {
                throw redefined("block \"" + generated + "\"", HclText.at(block));
            }
            dynamic.add(generated);
            // The list starts where its first block, static or dynamic, is written.
            positions.putIfAbsent(JsonPointers.append(pointer, generated), HclText.at(block));
            node.set(generated, Unknowns.unknown("dynamic \"" + generated + "\" block"));
            return;
        }
        if (attributes.contains(type)) {
            throw redefined("block \"" + type + "\" (also an attribute)", HclText.at(block));
        }
        if (dynamic.contains(type)) {
            return; // the list is unknown as a whole; a static block adds to a list whose length is unknown anyway
        }
        String listPointer = JsonPointers.append(pointer, type);
        ArrayNode list = node.get(type) instanceof ArrayNode existing ? existing : null;
        if (list == null) {
            list = NODES.arrayNode();
            node.set(type, list);
            positions.put(listPointer, HclText.at(block));
        }
        String itemPointer = JsonPointers.append(listPointer, list.size());
        positions.put(itemPointer, HclText.at(block));
        list.add(labelled(block, itemPointer));
    }

    /** A nested block's body, wrapped in one object per label as Terraform's JSON syntax writes it. */
    private JsonNode labelled(HCLParser.BlockContext block, String itemPointer) throws InputException {
        if (block.blockLabel().isEmpty()) {
            return body(block.blockExpr().body(), itemPointer);
        }
        ObjectNode outer = NODES.objectNode();
        ObjectNode current = outer;
        String pointer = itemPointer;
        for (int i = 0; i < block.blockLabel().size(); i++) {
            String name = label(block.blockLabel(i));
            pointer = JsonPointers.append(pointer, name);
            positions.put(pointer, HclText.at(block.blockLabel(i)));
            if (i == block.blockLabel().size() - 1) {
                current.set(name, body(block.blockExpr().body(), pointer));
            } else {
                ObjectNode next = NODES.objectNode();
                current.set(name, next);
                current = next;
            }
        }
        return outer;
    }

    private static String label(HCLParser.BlockLabelContext label) throws InputException {
        if (label.Identifier() != null) {
            return label.Identifier().getText();
        }
        return label.stringLiteral() == null ? "" : HclText.unescape(label.stringLiteral().getStart());
    }

    private static String describe(HCLParser.BlockContext block) throws InputException {
        StringBuilder text = new StringBuilder();
        for (HCLParser.BlockLabelContext label : block.blockLabel()) {
            text.append(text.isEmpty() ? "" : ".").append(label(label));
        }
        return text.toString();
    }

    private static InputException redefined(String what, Position at) {
        return new InputException("malformed Terraform: " + what + " is defined twice in the same block", at.line(),
                at.column(), null);
    }
}
