package org.appflowcontracts.properties.gen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Connector facts read from the contracts, never re-typed: which connector types can be a source or a
 * destination and under which properties key (from the key-match overlays, which carry the three spelling
 * differences), which operators a connector supports (operator enum of the shapes narrowed by the whitelist
 * overlay) and which operators fit each task type (task/operator compatibility overlay).
 */
public final class ConnectorTables {

    private static volatile ConnectorTables shipped;

    private final Map<String, String> sourceKeys;
    private final Map<String, String> destinationKeys;
    private final Map<String, List<String>> operatorsByKey = new LinkedHashMap<>();
    private final Map<String, List<String>> operatorsByTaskType = new LinkedHashMap<>();
    private final List<String> profileRequired;

    private ConnectorTables() {
        sourceKeys = keyTable(Contracts.rule("connectors", "SOURCE_PROPERTIES_KEY_MATCH").at("/properties/sourceFlowConfig/allOf"),
                "sourceConnectorProperties");
        destinationKeys = keyTable(Contracts.rule("connectors", "DEST_PROPERTIES_KEY_MATCH")
                .at("/properties/destinationFlowConfigList/items/allOf"), "destinationConnectorProperties");
        JsonNode whitelist = Contracts.rule("tasks", "CONNECTOR_OPERATOR_WHITELIST");
        for (Map.Entry<String, JsonNode> member : Contracts.shape("ConnectorOperator").get("properties").properties()) {
            Set<String> allowed = new LinkedHashSet<>(Contracts.strings(Contracts.resolve(member.getValue()).get("enum")));
            for (JsonNode narrowing : whitelist.findParents(member.getKey())) {
                JsonNode enumNode = narrowing.path(member.getKey()).path("enum");
                if (enumNode.isArray()) {
                    allowed.retainAll(Contracts.strings(enumNode));
                }
            }
            operatorsByKey.put(member.getKey(), List.copyOf(allowed));
        }
        for (JsonNode branch : Contracts.rule("tasks", "TASK_TYPE_OPERATOR_COMPAT").at("/allOf/0/properties/tasks/items/allOf")) {
            JsonNode taskType = branch.at("/if/properties/taskType/const");
            JsonNode allowed = branch.at("/then/properties/connectorOperator/additionalProperties/then/enum");
            if (taskType.isString() && allowed.isArray()) {
                operatorsByTaskType.put(taskType.asString(), Contracts.strings(allowed));
            }
        }
        profileRequired = Contracts.strings(Contracts.rule("connectors", "CONNECTOR_PROFILE_NAME_REQUIRED")
                .at("/properties/sourceFlowConfig/if/properties/connectorType/enum"));
    }

    public static ConnectorTables shipped() {
        if (shipped == null) {
            synchronized (ConnectorTables.class) {
                if (shipped == null) {
                    shipped = new ConnectorTables();
                }
            }
        }
        return shipped;
    }

    /** connectorType → key of its block in sourceConnectorProperties. */
    public Map<String, String> sourceKeys() {
        return sourceKeys;
    }

    /** connectorType → key of its block in destinationConnectorProperties. */
    public Map<String, String> destinationKeys() {
        return destinationKeys;
    }

    /** Operators a connector (by its connectorOperator key) supports. */
    public List<String> operators(String operatorKey) {
        return operatorsByKey.getOrDefault(operatorKey, List.of());
    }

    public Set<String> operatorKeys() {
        return operatorsByKey.keySet();
    }

    /** Operators that fit a task type; empty when the contract does not restrict it. */
    public List<String> operatorsForTaskType(String taskType) {
        return operatorsByTaskType.getOrDefault(taskType, List.of());
    }

    public Set<String> restrictedTaskTypes() {
        return operatorsByTaskType.keySet();
    }

    public boolean needsProfile(String connectorType) {
        return profileRequired.contains(connectorType);
    }

    /** The shape of the properties block under a key of Source/DestinationConnectorProperties. */
    public static String propertiesShape(String container, String key) {
        return Contracts.refName(Contracts.shape(container).get("properties").get(key)).orElseThrow();
    }

    private static Map<String, String> keyTable(JsonNode branches, String container) {
        Map<String, String> table = new LinkedHashMap<>();
        for (JsonNode branch : branches) {
            String type = branch.at("/if/properties/connectorType/const").asString();
            List<String> keys = new ArrayList<>();
            branch.at("/then/properties/" + container + "/properties").propertyNames().forEach(keys::add);
            if (keys.size() == 1) {
                table.put(type, keys.get(0));
            }
        }
        return table;
    }
}
