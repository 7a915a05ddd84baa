package org.appflowcontracts.validator.format.mapping;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import org.appflowcontracts.validator.contracts.OperationCatalog;
import org.appflowcontracts.validator.contracts.SchemaResources;
import tools.jackson.databind.JsonNode;

/**
 * The shapes of the AppFlow API as the imported {@code shapes.schema.json} describes them: objects with named
 * members, maps, lists and scalars, each member naming the shape of its value.
 */
public final class ApiShapes {

    private static final String SHAPES_IRI = OperationCatalog.API_BASE + "shapes.schema.json";
    private static final String DEFS = "#/$defs/";
    private static volatile ApiShapes shipped;

    private final JsonNode defs;
    /** Shapes read so far: a mapping asks for the same few shapes at every member of every flow. */
    private final Map<String, Shape> read = new ConcurrentHashMap<>();

    /** One shape; a member, item or value names another shape (null: any value). */
    public sealed interface Shape {
        String name();
    }

    /** An object with named members, in the order the API lists them. */
    public record ObjectShape(String name, Map<String, String> members) implements Shape {}

    /** An object whose member names are data (tags, custom properties). */
    public record MapShape(String name, String valueShape) implements Shape {}

    /** A list. */
    public record ListShape(String name, String itemShape) implements Shape {}

    /** A string, number or boolean. */
    public record ScalarShape(String name) implements Shape {}

    private ApiShapes(JsonNode defs) {
        this.defs = defs;
    }

    /** The shapes of the shipped contracts. */
    public static ApiShapes shipped() {
        ApiShapes shapes = shipped;
        if (shapes == null) {
            JsonNode document = SchemaResources.shipped().read(SHAPES_IRI).orElseThrow(
                    () -> new IllegalStateException("the shipped contracts have no shapes.schema.json"));
            shapes = new ApiShapes(document.get("$defs"));
            shipped = shapes;
        }
        return shapes;
    }

    /** The shape named {@code name}. */
    public Shape shape(String name) {
        Shape known = read.get(name);
        if (known == null) {
            known = readShape(name);
            read.put(name, known);
        }
        return known;
    }

    private Shape readShape(String name) {
        JsonNode def = defs.get(name);
        if (def == null) {
            throw new IllegalArgumentException("the API has no shape '" + name + "'");
        }
        String type = def.path("type").isString() ? def.path("type").asString() : "";
        if (type.equals("array")) {
            return new ListShape(name, refName(def.get("items")));
        }
        JsonNode values = def.get("additionalProperties");
        boolean map = values != null && values.isObject();
        if (type.equals("object") && !map) {
            // Includes the empty structures (LookoutMetricsDestinationProperties: no members at all).
            Map<String, String> members = new LinkedHashMap<>();
            def.path("properties").properties().forEach(e -> members.put(e.getKey(), refName(e.getValue())));
            return new ObjectShape(name, members);
        }
        if (type.equals("object")) {
            return new MapShape(name, refName(values));
        }
        return new ScalarShape(name);
    }

    /** The shape a member of an object shape has, if the object has such a member. */
    public Optional<String> memberShape(String objectShape, String member) {
        return shape(objectShape) instanceof ObjectShape object
                ? Optional.ofNullable(object.members().get(member)) : Optional.empty();
    }

    private static String refName(JsonNode schema) {
        JsonNode ref = schema == null ? null : schema.get("$ref");
        if (ref == null || !ref.asString().startsWith(DEFS)) {
            return null;
        }
        return ref.asString().substring(DEFS.length());
    }
}
