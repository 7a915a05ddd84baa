package org.appflowcontracts.diff.format;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.appflowcontracts.diff.compare.Change;
import org.appflowcontracts.diff.compare.Compatibility;
import org.appflowcontracts.diff.compare.ContractDiff;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code {"old", "new", "summary", "changes": [{operation, side, path, kind, compatibility, detail, ...}]}}. */
public final class JsonDiffFormatter implements DiffFormatter {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Override
    public String format(ContractDiff diff) {
        return write(toJson(diff));
    }

    /** Pretty-printed JSON text, one line feed at the end. */
    public static String write(ObjectNode root) {
        return MAPPER.writeValueAsString(root) + "\n";
    }

    /** The diff as a JSON object, for callers that add facts of their own before writing it. */
    public static ObjectNode toJson(ContractDiff diff) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("old", diff.before());
        root.put("new", diff.after());
        ObjectNode summary = root.putObject("summary");
        summary.put("changes", diff.changes().size());
        summary.put("breaking", diff.count(Compatibility.BREAKING));
        ArrayNode changes = root.putArray("changes");
        for (Change change : diff.changes()) {
            DescribedChange described = ChangeDescriber.describe(change);
            ObjectNode item = changes.addObject();
            item.put("operation", change.operation());
            item.put("side", change.side().label());
            item.put("path", change.path().display());
            item.put("kind", described.kind());
            item.put("compatibility", change.compatibility().label());
            item.put("detail", described.detail());
            described.fields().forEach((name, value) -> put(item, name, value));
        }
        return root;
    }

    private static void put(ObjectNode item, String name, Object value) {
        if (value == null) {
            item.putNull(name);
        } else if (value instanceof Boolean flag) {
            item.put(name, flag);
        } else if (value instanceof BigDecimal number) {
            item.put(name, number);
        } else if (value instanceof List<?> list) {
            ArrayNode array = item.putArray(name);
            list.forEach(v -> array.add(String.valueOf(v)));
        } else {
            item.put(name, String.valueOf(value));
        }
    }
}
