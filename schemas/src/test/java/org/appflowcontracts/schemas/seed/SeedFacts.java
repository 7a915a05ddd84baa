package org.appflowcontracts.schemas.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The facts copied from the API reference: one syntax block per operation and direction
 * ({@code /seed/<Operation>.request-syntax.json}) and the enum values per entry schema and field path
 * ({@code /seed/enums.json}).
 */
final class SeedFacts {

    /** The operations whose reference text was copied (the 2023-08-30 change). */
    static final List<String> OPERATIONS =
            List.of("CreateFlow", "DescribeFlow", "DescribeFlowExecutionRecords", "UpdateFlow");

    /** An entry schema name ({@code CreateFlowRequest}) and the seed describing it. */
    record Entry(String name, SyntaxSeed syntax, Map<FieldPath, List<String>> enumValues) {
    }

    private final JsonMapper mapper;

    SeedFacts(JsonMapper mapper) {
        this.mapper = mapper;
    }

    List<Entry> entries() {
        JsonNode enums = read("enums.json");
        List<Entry> entries = new ArrayList<>();
        for (String operation : OPERATIONS) {
            for (String direction : List.of("Request", "Response")) {
                String name = operation + direction;
                SyntaxSeed syntax = SyntaxSeed.read(read(operation + "." + direction.toLowerCase(java.util.Locale.ROOT)
                        + "-syntax.json"));
                entries.add(new Entry(name, syntax, enumValues(enums, name)));
            }
        }
        return entries;
    }

    private static Map<FieldPath, List<String>> enumValues(JsonNode enums, String entry) {
        JsonNode byPath = enums.get(entry);
        if (byPath == null || !byPath.isObject()) {
            throw new IllegalStateException("enums.json has no object for " + entry);
        }
        Map<FieldPath, List<String>> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> fact : byPath.properties()) {
            values.put(FieldPath.parse(fact.getKey()), fact.getValue().values().stream().map(JsonNode::asString).toList());
        }
        return values;
    }

    private JsonNode read(String fileName) {
        try (InputStream in = SeedFacts.class.getResourceAsStream("/seed/" + fileName)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /seed/" + fileName);
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read /seed/" + fileName, e);
        }
    }
}
