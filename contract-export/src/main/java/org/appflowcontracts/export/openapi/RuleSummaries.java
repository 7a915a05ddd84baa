package org.appflowcontracts.export.openapi;

import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The rules met while embedding overlays, as the {@code x-appflow-rules} list other tools can show. */
final class RuleSummaries {

    private final Map<String, ObjectNode> byId = new TreeMap<>();

    void add(JsonNode metadata) {
        String id = metadata.path("id").asString("");
        if (id.isEmpty()) {
            return;
        }
        ObjectNode summary = JsonNodeFactory.instance.objectNode();
        summary.put("id", id);
        summary.put("severity", metadata.path("severity").asString(""));
        summary.put("summary", metadata.path("summary").asString(""));
        byId.put(id, summary);
    }

    /** The summaries of the rules of the given ids, sorted by id. */
    ArrayNode of(Iterable<String> ids) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        Map<String, ObjectNode> chosen = new TreeMap<>();
        for (String id : ids) {
            if (byId.containsKey(id)) {
                chosen.put(id, byId.get(id));
            }
        }
        chosen.values().forEach(list::add);
        return list;
    }
}
