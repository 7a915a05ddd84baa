package org.appflowcontracts.validator.format.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.appflowcontracts.validator.format.mapping.ApiShapes;
import org.appflowcontracts.validator.format.mapping.ApiShapes.ListShape;
import org.appflowcontracts.validator.format.mapping.ApiShapes.MapShape;
import org.appflowcontracts.validator.format.mapping.ApiShapes.ObjectShape;
import org.appflowcontracts.validator.format.mapping.ApiShapes.Shape;
import org.appflowcontracts.validator.format.mapping.FormatMapping;
import org.appflowcontracts.validator.format.mapping.Reshape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Walks the API shapes of CreateFlowRequest and the CloudFormation resource schema of AWS::AppFlow::Flow side by
 * side, member by member, so that the mapping data is complete (every API member has its template property or is
 * listed as not expressible; every template property is reached or listed as file-only) and holds nothing stale.
 */
class CloudFormationMappingCompletenessTest {

    /** The resource schema as the resource-schema check compiles it (cfn-lint's copy of the registry schema). */
    private static final Path RESOURCE_SCHEMA = Path.of("../schemas/src/main/cloudformation/aws-appflow-flow.json");

    private static JsonNode resourceSchema;
    private static FormatMapping mapping;
    private static ApiShapes shapes;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> visited = new HashSet<>();
    private final Set<String> usedMappingKeys = new HashSet<>();

    @BeforeAll
    static void load() {
        resourceSchema = JsonMapper.builder().build().readTree(RESOURCE_SCHEMA.toFile());
        mapping = FormatMapping.shipped(CloudFormationAdapter.FORMAT);
        shapes = ApiShapes.shipped();
    }

    @Test
    void everyApiMemberAndEveryTemplatePropertyIsAccountedFor() {
        walk(mapping.requestShape(), resourceSchema.get("properties"), "Properties");
        assertThat(problems).isEmpty();
        assertThat(visited).as("object shapes walked").hasSizeGreaterThanOrEqualTo(50);
    }

    @Test
    void theMappingHoldsNothingTheWalkDoesNotUse() {
        walk(mapping.requestShape(), resourceSchema.get("properties"), "Properties");
        Set<String> declared = new HashSet<>(mapping.renames().keySet());
        declared.addAll(mapping.reshapes().keySet());
        declared.addAll(mapping.notInFormat());
        mapping.fileOnly().forEach((shape, names) -> names.forEach(name -> declared.add(shape + "." + name)));
        assertThat(usedMappingKeys).containsExactlyInAnyOrderElementsOf(declared);
    }

    private void walk(String apiShape, JsonNode properties, String path) {
        if (!visited.add(apiShape + " " + path.replaceAll(".*/", ""))) {
            return;
        }
        ObjectShape shape = (ObjectShape) shapes.shape(apiShape);
        Set<String> reached = new HashSet<>();
        for (Map.Entry<String, String> member : shape.members().entrySet()) {
            String key = apiShape + "." + member.getKey();
            String fileName = mapping.fileName(apiShape, member.getKey());
            if (!mapping.inFormat(apiShape, member.getKey())) {
                usedMappingKeys.add(key);
                check(!properties.has(fileName), key + " is listed as not in the template but " + path + "/"
                        + fileName + " exists");
                continue;
            }
            if (mapping.renames().containsKey(key)) {
                usedMappingKeys.add(key);
                String conventional = mapping.naming().apply(member.getKey());
                check(!conventional.equals(fileName) && !properties.has(conventional),
                        key + " is renamed to " + fileName + " although the template spells it " + conventional);
            }
            JsonNode property = properties.get(fileName);
            if (property == null) {
                problems.add(key + " has no template property " + path + "/" + fileName);
                continue;
            }
            reached.add(fileName);
            member(apiShape, member.getKey(), member.getValue(), property, path + "/" + fileName);
        }
        properties.propertyNames().forEach(name -> {
            boolean fileOnly = mapping.isFileOnly(apiShape, name);
            if (fileOnly) {
                usedMappingKeys.add(apiShape + "." + name);
            }
            boolean readOnly = path.equals("Properties")
                    && contains(resourceSchema.get("readOnlyProperties"), "/properties/" + name);
            check(reached.contains(name) || fileOnly || readOnly,
                    "template property " + path + "/" + name + " is reached by no member of " + apiShape);
        });
    }

    private void member(String owner, String name, String apiShape, JsonNode property, String path) {
        Reshape reshape = mapping.reshape(owner, name).orElse(null);
        if (reshape != null) {
            usedMappingKeys.add(owner + "." + name);
        }
        Shape shape = shapes.shape(apiShape);
        if (reshape instanceof Reshape.KeyValueList list) {
            JsonNode entryProperties = resolve(resolve(property).path("items")).path("properties");
            check(shape instanceof MapShape && kind(property).equals("list")
                    && entryProperties.size() == 2 && entryProperties.has(list.key())
                    && entryProperties.has(list.value()), path + " is not a list of " + list + " for the map "
                    + apiShape);
        } else if (reshape instanceof Reshape.Wrap wrap) {
            String inner = shapes.memberShape(apiShape, wrap.member()).orElseThrow();
            walk(inner, resolve(property).path("properties"), path);
        } else {
            same(shape, property, path);
        }
    }

    private void same(Shape shape, JsonNode property, String path) {
        String kind = kind(property);
        if (shape instanceof ObjectShape object) {
            check(kind.equals("object"), path + " is " + kind + " but the API has the object " + object.name());
            if (kind.equals("object")) {
                walk(object.name(), resolve(property).path("properties"), path);
            }
        } else if (shape instanceof ListShape list) {
            check(kind.equals("list"), path + " is " + kind + " but the API has the list " + list.name());
            if (kind.equals("list") && list.itemShape() != null) {
                same(shapes.shape(list.itemShape()), resolve(property).get("items"), path + "/*");
            }
        } else if (shape instanceof MapShape map) {
            check(kind.equals("map"), path + " is " + kind + " but the API has the map " + map.name());
        } else {
            check(kind.equals("value"), path + " is " + kind + " but the API has the value " + shape.name());
        }
    }

    /** The schema a property's {@code $ref} names, or the property's own schema. */
    private static JsonNode resolve(JsonNode property) {
        String ref = property.path("$ref").asString("");
        return ref.isEmpty() ? property
                : resourceSchema.path("definitions").path(ref.substring("#/definitions/".length()));
    }

    /** object (named members), map (names are data), list or value. */
    private static String kind(JsonNode property) {
        JsonNode schema = resolve(property);
        if (schema.has("properties")) {
            return "object";
        }
        String type = schema.path("type").asString("");
        if (type.equals("array")) {
            return "list";
        }
        return type.equals("object") ? "map" : "value";
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode item : array) {
            if (item.asString().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private void check(boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }
}
