package org.appflowcontracts.validator.parse.hcl;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.appflowcontracts.validator.InputException;
import org.appflowcontracts.validator.format.Unknowns;
import org.appflowcontracts.validator.parse.ContainerPositions;
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

    private final ContainerPositions.Recorder positions;
    private final HclValues values;

    HclBodies(ContainerPositions.Recorder positions) {
        this.positions = positions;
        this.values = new HclValues(positions);
    }

    /**
     * The whole file. Terraform reads only blocks at its top level and refuses an argument there ("resource = {...}"
     * declares no resource): so does this reader, rather than take the argument for the block.
     */
    ObjectNode file(HCLParser.BodyContext body) throws InputException {
        ObjectNode root = NODES.objectNode();
        for (HCLParser.BodyContentContext content : body.bodyContent()) {
            HCLParser.AttributeContext attribute = content.attribute();
            if (attribute != null) {
                Position at = HclText.at(attribute);
                throw new InputException("malformed Terraform: an argument named \"" + attribute.getStart().getText()
                        + "\" is not expected at the top level of a file, where Terraform reads only blocks"
                        + " (resource \"TYPE\" \"NAME\" { ... })", at.line(), at.column(), null);
            }
            topLevelBlock(root, content.block());
        }
        return root;
    }

    private void topLevelBlock(ObjectNode root, HCLParser.BlockContext block) throws InputException {
        String type = block.Identifier().getText();
        ObjectNode parent = root;
        String name = type;
        Position at = HclText.at(block);
        // The generated accessors make a new list at every call: each block's labels are asked for once.
        List<HCLParser.BlockLabelContext> labels = block.blockLabel();
        if (UNIQUE_TOP_LEVEL.contains(type) && labels.size() != 2) {
            // Terraform refuses the file; read on, the block would be no resource and its flow would pass unchecked.
            throw new InputException("malformed Terraform: a " + type + " block takes two labels, its type and its"
                    + " name; this one has " + labels.size(), at.line(), at.column(), null);
        }
        for (HCLParser.BlockLabelContext label : labels) {
            parent = child(parent, name, at);
            name = label(label);
            at = HclText.at(label);
        }
        JsonNode existing = parent.get(name);
        if (labels.isEmpty() || existing != null) {
            if (existing != null && UNIQUE_TOP_LEVEL.contains(type)) {
                Position here = HclText.at(block);
                throw new InputException("malformed Terraform: duplicate " + type + " block " + describe(block),
                        here.line(), here.column(), null);
            }
            repeatedBlock(parent, name, block);
            return;
        }
        positions.member(parent, name, at);
        parent.set(name, body(block.blockExpr().body()));
    }

    /** Unlabelled blocks (terraform, locals) and repeated labelled ones (provider aliases) are lists. */
    private void repeatedBlock(ObjectNode parent, String name, HCLParser.BlockContext block)
            throws InputException {
        JsonNode existing = parent.get(name);
        ArrayNode list;
        if (existing instanceof ArrayNode array) {
            list = array;
        } else {
            list = NODES.arrayNode();
            if (existing == null) {
                positions.member(parent, name, HclText.at(block));
            } else {
                list.add(existing);
            }
            parent.set(name, list);
        }
        positions.item(list, list.size(), HclText.at(block));
        list.add(body(block.blockExpr().body()));
    }

    private ObjectNode child(ObjectNode parent, String name, Position at) {
        JsonNode existing = parent.get(name);
        if (existing instanceof ObjectNode object) {
            return object;
        }
        ObjectNode created = NODES.objectNode();
        positions.member(parent, name, at);
        parent.set(name, created);
        return created;
    }

    /** A block's body: attributes as members, nested blocks as arrays of bodies. */
    ObjectNode body(HCLParser.BodyContext body) throws InputException {
        ObjectNode node = NODES.objectNode();
        Set<String> attributes = new HashSet<>();
        // Made at the first dynamic block: most bodies have none.
        Set<String> dynamic = null;
        for (HCLParser.BodyContentContext content : body.bodyContent()) {
            HCLParser.AttributeContext attribute = content.attribute();
            if (attribute != null) {
                attribute(node, attribute, attributes);
            } else {
                dynamic = nestedBlock(node, content.block(), attributes, dynamic);
            }
        }
        return node;
    }

    private void attribute(ObjectNode node, HCLParser.AttributeContext attribute,
            Set<String> attributes) throws InputException {
        String name = attribute.getStart().getText();
        if (!attributes.add(name) || node.has(name)) {
            throw redefined("attribute \"" + name + "\"", HclText.at(attribute));
        }
        JsonNode value = values.value(attribute.expression());
        if (!value.isNull()) {
            positions.member(node, name, HclText.at(attribute));
            node.set(name, value);
        }
    }

    /** Adds a nested block; returns the types of the body's dynamic blocks so far (null: none). */
    private Set<String> nestedBlock(ObjectNode node, HCLParser.BlockContext block, Set<String> attributes,
            Set<String> dynamic) throws InputException {
        String type = block.Identifier().getText();
        List<HCLParser.BlockLabelContext> labels = block.blockLabel();
        if (type.equals("dynamic") && labels.size() == 1) {
            String generated = label(labels.get(0));
            if (attributes.contains(generated)) {
                throw redefined("block \"" + generated + "\"", HclText.at(block));
            }
            Set<String> generatedTypes = dynamic == null ? new HashSet<>() : dynamic;
            generatedTypes.add(generated);
            // The list starts where its first block, static or dynamic, is written.
            positions.memberIfAbsent(node, generated, HclText.at(block));
            node.set(generated, Unknowns.unknown("dynamic \"" + generated + "\" block"));
            return generatedTypes;
        }
        if (attributes.contains(type)) {
            throw redefined("block \"" + type + "\" (also an attribute)", HclText.at(block));
        }
        if (dynamic != null && dynamic.contains(type)) {
            return dynamic; // the list is unknown as a whole; a static block adds to a list whose length is unknown
        }
        ArrayNode list = node.get(type) instanceof ArrayNode existing ? existing : null;
        if (list == null) {
            list = NODES.arrayNode();
            node.set(type, list);
            positions.member(node, type, HclText.at(block));
        }
        Token start = block.getStart();
        positions.item(list, list.size(), start.getLine(), start.getCharPositionInLine() + 1);
        list.add(labelled(block, labels));
        return dynamic;
    }

    /** A nested block's body, wrapped in one object per label as Terraform's JSON syntax writes it. */
    private JsonNode labelled(HCLParser.BlockContext block, List<HCLParser.BlockLabelContext> labels)
            throws InputException {
        if (labels.isEmpty()) {
            return body(block.blockExpr().body());
        }
        ObjectNode outer = NODES.objectNode();
        ObjectNode current = outer;
        for (int i = 0; i < labels.size(); i++) {
            String name = label(labels.get(i));
            positions.member(current, name, HclText.at(labels.get(i)));
            if (i == labels.size() - 1) {
                current.set(name, body(block.blockExpr().body()));
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
        String quoted = label.stringLiteral() == null ? "" : HclText.unescape(label.stringLiteral().getStart());
        HclLimits.requireName(quoted, HclText.at(label));
        return quoted;
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
