package org.appflowcontracts.diff.read;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads JSON files and typed fields of their nodes, every problem located. */
final class JsonFiles {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonFiles() {
    }

    static JsonNode read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            JsonNode root = MAPPER.readTree(in);
            if (root == null || !root.isObject()) {
                throw new ContractReadException(file.toString(), "", "not a JSON object");
            }
            return root;
        } catch (JacksonException e) {
            throw new ContractReadException(file.toString(), "not well-formed JSON: "
                    + e.getOriginalMessage() + locationOf(e), e);
        } catch (IOException e) {
            throw new ContractReadException(file.toString(), "cannot read: " + e.getMessage(), e);
        }
    }

    private static String locationOf(JacksonException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isNumber() ? value.decimalValue() : null;
    }

    static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }

    static List<String> strings(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        JsonNode array = node.get(field);
        if (array != null && array.isArray()) {
            array.forEach(item -> values.add(item.isString() ? item.stringValue() : item.toString()));
        }
        return values;
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
