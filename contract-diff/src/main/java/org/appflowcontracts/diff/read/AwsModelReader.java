package org.appflowcontracts.diff.read;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.appflowcontracts.diff.model.Constraints;
import org.appflowcontracts.diff.model.Contract;
import org.appflowcontracts.diff.model.Member;
import org.appflowcontracts.diff.model.Node;
import org.appflowcontracts.diff.model.Operation;
import tools.jackson.databind.JsonNode;

/** Reads a botocore service model ({@code operations} and {@code shapes}) into a {@link Contract}. */
public final class AwsModelReader {

    private final String source;
    private final JsonNode shapes;

    private AwsModelReader(String source, JsonNode shapes) {
        this.source = source;
        this.shapes = shapes;
    }

    public static Contract read(Path modelFile) {
        JsonNode root = JsonFiles.read(modelFile);
        String source = modelFile.toString();
        JsonNode operations = requireObject(source, root, "operations");
        AwsModelReader reader = new AwsModelReader(source, requireObject(source, root, "shapes"));
        Map<String, Operation> result = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : operations.properties()) {
            String pointer = "/operations/" + JsonFiles.escape(entry.getKey());
            result.put(entry.getKey(), new Operation(entry.getKey(),
                    reader.top(entry.getValue().get("input"), pointer + "/input"),
                    reader.top(entry.getValue().get("output"), pointer + "/output"), Map.of()));
        }
        return new Contract(source, result);
    }

    private static JsonNode requireObject(String source, JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || !node.isObject()) {
            throw new ContractReadException(source, "/" + field, "missing object (not a botocore service model?)");
        }
        return node;
    }

    private Node top(JsonNode reference, String pointer) {
        return reference == null || reference.isNull() ? Node.emptyStructure()
                : node(shapeName(reference, pointer), pointer, new HashSet<>());
    }

    private String shapeName(JsonNode reference, String pointer) {
        String name = JsonFiles.string(reference, "shape");
        if (name == null) {
            throw new ContractReadException(source, pointer, "missing shape reference");
        }
        return name;
    }

    private Node node(String name, String referrer, Set<String> enclosing) {
        JsonNode shape = shapes.get(name);
        if (shape == null || !shape.isObject()) {
            throw new ContractReadException(source, referrer + "/shape", "unknown shape '" + name + "'");
        }
        String pointer = "/shapes/" + JsonFiles.escape(name);
        String type = JsonFiles.string(shape, "type");
        if (type == null) {
            throw new ContractReadException(source, pointer + "/type", "missing shape type");
        }
        Constraints constraints = new Constraints(JsonFiles.decimal(shape, "min"), JsonFiles.decimal(shape, "max"),
                JsonFiles.strings(shape, "enum"), JsonFiles.string(shape, "pattern"));
        if (!enclosing.add(name)) {
            return new Node(type, name, constraints, Map.of(), null, true);
        }
        try {
            return switch (type) {
                case "structure" -> new Node(type, name, constraints, members(shape, pointer, enclosing), null, false);
                case "list" -> new Node(type, name, constraints, Map.of(),
                        node(shapeName(ref(shape, "member", pointer), pointer + "/member"), pointer + "/member",
                                enclosing), false);
                case "map" -> new Node(type, name, constraints, Map.of(),
                        node(shapeName(ref(shape, "value", pointer), pointer + "/value"), pointer + "/value",
                                enclosing), false);
                default -> new Node(type, name, constraints, Map.of(), null, false);
            };
        } finally {
            enclosing.remove(name);
        }
    }

    private JsonNode ref(JsonNode shape, String field, String pointer) {
        JsonNode reference = shape.get(field);
        if (reference == null || !reference.isObject()) {
            throw new ContractReadException(source, pointer + "/" + field, "missing shape reference");
        }
        return reference;
    }

    private Map<String, Member> members(JsonNode shape, String pointer, Set<String> enclosing) {
        Set<String> required = new HashSet<>(JsonFiles.strings(shape, "required"));
        Map<String, Member> members = new LinkedHashMap<>();
        JsonNode declared = shape.path("members");
        for (Map.Entry<String, JsonNode> entry : declared.properties()) {
            String memberPointer = pointer + "/members/" + JsonFiles.escape(entry.getKey());
            Node node = node(shapeName(entry.getValue(), memberPointer), memberPointer, enclosing);
            members.put(entry.getKey(), new Member(entry.getKey(), required.contains(entry.getKey()), node));
        }
        return members;
    }
}
