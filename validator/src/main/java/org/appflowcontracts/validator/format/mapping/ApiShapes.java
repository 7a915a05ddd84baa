package org.appflowcontracts.validator.format.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import org.appflowcontracts.validator.contracts.OperationCatalog;
import org.appflowcontracts.validator.contracts.SchemaResources;
import org.appflowcontracts.validator.tables.StartupTables;
import tools.jackson.databind.JsonNode;

/**
 * The shapes of the AppFlow API as the imported {@code shapes.schema.json} describes them: objects with named
 * members, maps, lists and scalars, each member naming the shape of its value.
 */
public final class ApiShapes {

    private static final String SHAPES_IRI = OperationCatalog.API_BASE + "shapes.schema.json";
    private static final String DEFS = "#/$defs/";
    private static volatile ApiShapes shipped;

    /** The imported schema's definitions, or null when the shapes come from the build's table. */
    private final JsonNode defs;
    /** The build's records by shape name ({@link #records()}), or null when read from the schema. */
    private final Map<String, String[]> records;
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

    /**
     * A string, number or boolean; {@code type} is its JSON Schema type ({@code integer}, {@code string}), empty
     * when the schema allows several.
     */
    public record ScalarShape(String name, String type) implements Shape {}

    private ApiShapes(JsonNode defs, Map<String, String[]> records) {
        this.defs = defs;
        this.records = records;
    }

    /**
     * The shapes of the shipped contracts: the build's table ({@link StartupTables#apiShapes()}), so that a
     * template's first check does not parse the 140 KB shapes schema, else that schema.
     */
    public static ApiShapes shipped() {
        ApiShapes shapes = shipped;
        if (shapes == null) {
            Optional<StartupTables> tables = StartupTables.shipped();
            shapes = tables.isPresent() ? fromRecords(tables.get().apiShapes()) : fromSchema();
            shipped = shapes;
        }
        return shapes;
    }

    /** The shapes as the imported schema describes them. */
    public static ApiShapes fromSchema() {
        JsonNode document = SchemaResources.shipped().read(SHAPES_IRI).orElseThrow(
                () -> new IllegalStateException("the shipped contracts have no shapes.schema.json"));
        return new ApiShapes(document.get("$defs"), null);
    }

    /**
     * Every shape as a {@link StartupTables} record: {@code object NAME MEMBER SHAPE...}, {@code map NAME VALUE},
     * {@code list NAME ITEM} or {@code scalar NAME TYPE}; an empty shape name stands for any value, an empty type
     * for several.
     */
    public List<String[]> records() {
        List<String[]> records = new ArrayList<>();
        for (String name : defs.propertyNames()) {
            Shape shape = shape(name);
            List<String> record = new ArrayList<>();
            if (shape instanceof ObjectShape object) {
                record.add("object");
                record.add(name);
                for (Map.Entry<String, String> member : object.members().entrySet()) {
                    record.add(member.getKey());
                    record.add(orEmpty(member.getValue()));
                }
            } else if (shape instanceof MapShape map) {
                record.addAll(List.of("map", name, orEmpty(map.valueShape())));
            } else if (shape instanceof ListShape list) {
                record.addAll(List.of("list", name, orEmpty(list.itemShape())));
            } else {
                record.addAll(List.of("scalar", name, ((ScalarShape) shape).type()));
            }
            records.add(record.toArray(new String[0]));
        }
        return records;
    }

    static ApiShapes fromRecords(String[][] table) {
        Map<String, String[]> byName = new HashMap<>(table.length * 2);
        for (String[] record : table) {
            byName.put(record[1], record);
        }
        return new ApiShapes(null, byName);
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
        return records != null ? fromRecord(name, records.get(name)) : fromDef(name, defs.get(name));
    }

    private static Shape fromRecord(String name, String[] record) {
        if (record == null) {
            throw new IllegalArgumentException("the API has no shape '" + name + "'");
        }
        switch (record[0]) {
            case "object" -> {
                Map<String, String> members = new LinkedHashMap<>();
                for (int i = 2; i + 1 < record.length; i += 2) {
                    members.put(record[i], orNull(record[i + 1]));
                }
                return new ObjectShape(name, members);
            }
            case "map" -> {
                return new MapShape(name, orNull(record[2]));
            }
            case "list" -> {
                return new ListShape(name, orNull(record[2]));
            }
            default -> {
                return new ScalarShape(name, record.length > 2 ? record[2] : "");
            }
        }
    }

    private static String orEmpty(String shape) {
        return shape == null ? "" : shape;
    }

    private static String orNull(String shape) {
        return shape.isEmpty() ? null : shape;
    }

    private static Shape fromDef(String name, JsonNode def) {
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
            for (Map.Entry<String, JsonNode> e : def.path("properties").properties()) {
                members.put(e.getKey(), refName(e.getValue()));
            }
            return new ObjectShape(name, members);
        }
        if (type.equals("object")) {
            return new MapShape(name, refName(values));
        }
        return new ScalarShape(name, type);
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
