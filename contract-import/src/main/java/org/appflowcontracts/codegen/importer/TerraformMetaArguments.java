package org.appflowcontracts.codegen.importer;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The meta-arguments every Terraform resource accepts besides its provider's schema ({@code count},
 * {@code for_each}, {@code provider}, {@code depends_on}, {@code lifecycle}, ...), read from a data file of
 * {@code properties} and the {@code $defs} they use, and added to a resource body schema.
 */
final class TerraformMetaArguments {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final JsonNode metaArguments;

    TerraformMetaArguments(JsonNode metaArguments) {
        this.metaArguments = metaArguments;
    }

    /** Adds the meta-arguments to {@code body}'s properties and their definitions to its {@code $defs}. */
    void addTo(Map<String, Object> body) {
        merge(body, "properties", metaArguments.path("properties"));
        merge(body, "$defs", metaArguments.path("$defs"));
    }

    @SuppressWarnings("unchecked") // the converter builds both members as maps of name to schema
    private static void merge(Map<String, Object> body, String member, JsonNode additions) {
        Map<String, Object> target = (Map<String, Object>) body.computeIfAbsent(member, key -> new LinkedHashMap<>());
        for (Map.Entry<String, JsonNode> addition : additions.properties()) {
            if (target.containsKey(addition.getKey())) {
                throw new ModelFormatException("Terraform meta-arguments", "/" + member + "/" + addition.getKey(),
                        "the resource schema already defines it");
            }
            target.put(addition.getKey(), MAPPER.convertValue(addition.getValue(), Object.class));
        }
    }
}
