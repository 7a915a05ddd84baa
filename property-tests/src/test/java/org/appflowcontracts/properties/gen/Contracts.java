package org.appflowcontracts.properties.gen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped contracts as plain JSON trees, read from the schemas jar on the classpath: the shapes, the entry
 * schemas and the rule overlays. Generators read their tables from here so they follow the contracts.
 */
public final class Contracts {

    public static final String BASE = "schemas/appflow/2020-08-23/";
    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, JsonNode> DOCUMENTS = new ConcurrentHashMap<>();

    private Contracts() {
    }

    /** A document under the contract base directory, e.g. {@code shapes.schema.json} or {@code rules/tasks.rules.json}. */
    public static JsonNode document(String relative) {
        return DOCUMENTS.computeIfAbsent(relative, name -> {
            try (InputStream in = Contracts.class.getClassLoader().getResourceAsStream(BASE + name)) {
                if (in == null) {
                    throw new IllegalStateException("missing contract resource " + BASE + name);
                }
                return JSON.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public static JsonNode shapes() {
        return document("shapes.schema.json").get("$defs");
    }

    public static JsonNode shape(String name) {
        JsonNode shape = shapes().get(name);
        if (shape == null) {
            throw new IllegalStateException("no shape " + name);
        }
        return shape;
    }

    /** The shape a {@code {"$ref": "#/$defs/X"}} or {@code shapes.schema.json#/$defs/X} points at. */
    public static Optional<String> refName(JsonNode schema) {
        JsonNode ref = schema == null ? null : schema.get("$ref");
        if (ref == null || !ref.isString()) {
            return Optional.empty();
        }
        String text = ref.asString();
        int slash = text.lastIndexOf('/');
        return Optional.of(text.substring(slash + 1));
    }

    /** Follows {@code $ref} chains into the shapes. */
    public static JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int hops = 0; hops < 16; hops++) {
            Optional<String> ref = refName(current);
            if (ref.isEmpty()) {
                return current;
            }
            current = shape(ref.get());
        }
        throw new IllegalStateException("$ref chain too long at " + schema);
    }

    /** The entry schema of a document kind ({@code CreateFlowRequest}, {@code DescribeFlowResponse}). */
    public static JsonNode entry(String kind) {
        return document(kind + ".schema.json");
    }

    /** The overlay rule definition with this id (top-level {@code $defs} entry of an overlay). */
    public static JsonNode rule(String overlay, String id) {
        JsonNode node = document("rules/" + overlay + ".rules.json").get("$defs").get(id);
        if (node == null) {
            throw new IllegalStateException("no rule " + id + " in " + overlay);
        }
        return node;
    }

    /** Every string of an enum array. */
    public static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> values.add(v.asString()));
        }
        return values;
    }
}
