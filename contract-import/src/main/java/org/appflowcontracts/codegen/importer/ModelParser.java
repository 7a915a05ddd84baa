package org.appflowcontracts.codegen.importer;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a botocore JSON service model into a {@link ServiceModel}; every problem names the JSON pointer. */
public final class ModelParser {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final String source;

    private ModelParser(String source) {
        this.source = source;
    }

    public static ServiceModel parse(Path modelFile) {
        JsonNode root;
        try (InputStream in = Files.newInputStream(modelFile)) {
            root = MAPPER.readTree(in);
        } catch (IOException | JacksonException e) {
            throw new ModelFormatException(modelFile.toString(), "cannot read JSON: " + e.getMessage(), e);
        }
        return new ModelParser(modelFile.toString()).model(root);
    }

    public static ServiceModel parse(String source, JsonNode root) {
        return new ModelParser(source).model(root);
    }

    private ServiceModel model(JsonNode root) {
        requireObject(root, "");
        String apiVersion = requiredString(root.path("metadata"), "/metadata", "apiVersion");
        JsonNode operationsNode = root.path("operations");
        requireObject(operationsNode, "/operations");
        JsonNode shapesNode = root.path("shapes");
        requireObject(shapesNode, "/shapes");

        Map<String, Shape> shapes = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : shapesNode.properties()) {
            shapes.put(entry.getKey(), shape(entry.getKey(), entry.getValue()));
        }
        List<ServiceModel.Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : operationsNode.properties()) {
            String pointer = "/operations/" + escape(entry.getKey());
            JsonNode op = entry.getValue();
            requireObject(op, pointer);
            operations.add(new ServiceModel.Operation(entry.getKey(),
                    shapeRef(op, pointer, "input", shapes, false),
                    shapeRef(op, pointer, "output", shapes, false)));
        }
        for (Shape shape : shapes.values()) {
            checkReferences(shape, shapes);
        }
        return new ServiceModel(apiVersion, operations, new TreeMap<>(shapes));
    }

    private Shape shape(String name, JsonNode node) {
        String pointer = "/shapes/" + escape(name);
        requireObject(node, pointer);
        String type = requiredString(node, pointer, "type");
        switch (type) {
            case "structure":
                return structure(name, node, pointer);
            case "list":
                return new Shape.ListShape(name, shapeRef(node, pointer, "member", null, true),
                        integer(node, pointer, "min"), integer(node, pointer, "max"));
            case "map":
                return new Shape.MapShape(name, shapeRef(node, pointer, "key", null, true),
                        shapeRef(node, pointer, "value", null, true),
                        integer(node, pointer, "min"), integer(node, pointer, "max"));
            case "string":
                return new Shape.StringShape(name, integer(node, pointer, "min"), integer(node, pointer, "max"),
                        optionalString(node, pointer, "pattern"), stringList(node, pointer, "enum"));
            case "integer":
            case "long":
                return new Shape.IntegerShape(name, integer(node, pointer, "min"), integer(node, pointer, "max"));
            case "double":
            case "float":
                return new Shape.NumberShape(name, decimal(node, pointer, "min"), decimal(node, pointer, "max"));
            case "boolean":
                return new Shape.BooleanShape(name);
            case "timestamp":
                return new Shape.TimestampShape(name);
            case "blob":
                return new Shape.BlobShape(name);
            default:
                throw new ModelFormatException(source, pointer + "/type", "unknown shape type '" + type
                        + "' (known: structure, list, map, string, integer, long, double, float, boolean, timestamp, blob)");
        }
    }

    private Shape structure(String name, JsonNode node, String pointer) {
        JsonNode membersNode = node.path("members");
        requireObject(membersNode, pointer + "/members");
        List<Shape.Member> members = new ArrayList<>();
        for (Map.Entry<String, JsonNode> member : membersNode.properties()) {
            String memberPointer = pointer + "/members/" + escape(member.getKey());
            requireObject(member.getValue(), memberPointer);
            members.add(new Shape.Member(member.getKey(), shapeRef(member.getValue(), memberPointer, null, null, true)));
        }
        List<String> required = stringList(node, pointer, "required");
        for (int i = 0; i < required.size(); i++) {
            String member = required.get(i);
            if (members.stream().noneMatch(m -> m.name().equals(member))) {
                throw new ModelFormatException(source, pointer + "/required/" + i,
                        "required member '" + member + "' is not a member of the structure");
            }
        }
        return new Shape.StructureShape(name, members, required);
    }

    /** Reads {@code {"shape": "X"}} under {@code field} (or the node itself when {@code field} is null). */
    private String shapeRef(JsonNode node, String pointer, String field, Map<String, Shape> known, boolean mandatory) {
        JsonNode target = field == null ? node : node.get(field);
        String targetPointer = field == null ? pointer : pointer + "/" + field;
        if (target == null || target.isNull()) {
            if (mandatory) {
                throw new ModelFormatException(source, targetPointer, "missing shape reference");
            }
            return null;
        }
        requireObject(target, targetPointer);
        String shapeName = requiredString(target, targetPointer, "shape");
        if (known != null && !known.containsKey(shapeName)) {
            throw new ModelFormatException(source, targetPointer + "/shape", "unknown shape '" + shapeName + "'");
        }
        return shapeName;
    }

    private void checkReferences(Shape shape, Map<String, Shape> shapes) {
        String pointer = "/shapes/" + escape(shape.name());
        List<String> referenced = new ArrayList<>();
        if (shape instanceof Shape.StructureShape s) {
            s.members().forEach(m -> referenced.add(m.shape()));
        } else if (shape instanceof Shape.ListShape l) {
            referenced.add(l.member());
        } else if (shape instanceof Shape.MapShape m) {
            referenced.add(m.key());
            referenced.add(m.value());
            if (!(shapes.get(m.key()) instanceof Shape.StringShape) && shapes.containsKey(m.key())) {
                throw new ModelFormatException(source, pointer + "/key", "map key shape '" + m.key() + "' is not a string");
            }
        }
        for (String name : referenced) {
            if (!shapes.containsKey(name)) {
                throw new ModelFormatException(source, pointer, "refers to unknown shape '" + name + "'");
            }
        }
    }

    private BigInteger integer(JsonNode node, String pointer, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue();
        }
        if (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0) {
            return value.decimalValue().toBigIntegerExact();
        }
        throw new ModelFormatException(source, pointer + "/" + field, "expected an integer, found " + value);
    }

    private BigDecimal decimal(JsonNode node, String pointer, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            throw new ModelFormatException(source, pointer + "/" + field, "expected a number, found " + value);
        }
        return value.decimalValue();
    }

    private String optionalString(JsonNode node, String pointer, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isString()) {
            throw new ModelFormatException(source, pointer + "/" + field, "expected a string, found " + value);
        }
        return value.stringValue();
    }

    private String requiredString(JsonNode node, String pointer, String field) {
        String value = node.isObject() ? optionalString(node, pointer, field) : null;
        if (value == null) {
            throw new ModelFormatException(source, pointer + "/" + field, "missing string member '" + field + "'");
        }
        return value;
    }

    private List<String> stringList(JsonNode node, String pointer, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new ModelFormatException(source, pointer + "/" + field, "expected an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isString()) {
                throw new ModelFormatException(source, pointer + "/" + field + "/" + i, "expected a string");
            }
            out.add(value.get(i).stringValue());
        }
        return out;
    }

    private void requireObject(JsonNode node, String pointer) {
        if (node == null || !node.isObject()) {
            throw new ModelFormatException(source, pointer, "expected a JSON object");
        }
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
