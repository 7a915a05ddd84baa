package org.appflowcontracts.properties.mutate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.appflowcontracts.properties.gen.ConnectorTables;
import org.appflowcontracts.properties.gen.Contracts;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The connector operator whitelist and its per-connector sub-rules, read from the shipped contract. */
final class OperatorWhitelistMutators {

    private OperatorWhitelistMutators() {
    }

    /**
     * The whitelist rule and each of its sub-rules: for every connector key a (sub-)rule constrains, an
     * operator the shapes allow for that key but the rule does not, used by a projection filter.
     */
    static void register(MutatorRegistry r) {
        JsonNode whitelist = Contracts.rule("tasks", "CONNECTOR_OPERATOR_WHITELIST");
        Map<String, String> keyByRule = new LinkedHashMap<>();
        collectWhitelistKeys(whitelist, "CONNECTOR_OPERATOR_WHITELIST", keyByRule);
        Map<String, String> typeByKey = new LinkedHashMap<>();
        ConnectorTables.shipped().sourceKeys().forEach((type, key) -> typeByKey.put(key, type));
        keyByRule.forEach((ruleId, key) -> {
            // operators a filter may carry (so the task type stays consistent) that this connector does not support;
            // when the connector supports them all, an operator name no connector knows
            List<String> forbidden = new ArrayList<>(allOperators());
            forbidden.retainAll(ConnectorTables.shipped().operatorsForTaskType("Filter"));
            forbidden.removeAll(ConnectorTables.shipped().operators(key));
            if (forbidden.isEmpty()) {
                forbidden.add("EQUALS");
            }
            r.rule(ruleId, typeByKey.get(key), "S3", "OnDemand", t -> {
                String operator = forbidden.get(t.random.nextInt(forbidden.size()));
                ObjectNode filter = t.flow.objectNode();
                filter.put("taskType", "Filter");
                filter.putArray("sourceFields").add("Id");
                filter.putObject("connectorOperator").put(key, operator);
                String pointer = t.add(filter);
                // a comparison operator also needs its values; give them so only the whitelist is broken
                ObjectNode properties = filter.putObject("taskProperties").put("DATA_TYPE", "integer");
                if ("BETWEEN".equals(operator)) {
                    properties.put("LOWER_BOUND", "1").put("UPPER_BOUND", "2");
                } else if (!"PROJECTION".equals(operator)) {
                    properties.put("VALUE", "1");
                } else {
                    filter.remove("taskProperties");
                }
                return pointer + "/connectorOperator/" + key;
            });
        });
    }

    /** The first connector key each rule node of the whitelist constrains with an enum of its own. */
    private static void collectWhitelistKeys(JsonNode node, String ruleId, Map<String, String> keyByRule) {
        if (node.isObject()) {
            String current = node.has("appflowRule") ? node.get("appflowRule").get("id").asString() : ruleId;
            JsonNode properties = node.get("properties");
            if (properties != null && !keyByRule.containsKey(current)) {
                for (String name : properties.propertyNames()) {
                    if (properties.get(name).has("enum") && ConnectorTables.shipped().sourceKeys().containsValue(name)) {
                        keyByRule.put(current, name);
                        break;
                    }
                }
            }
            for (String name : node.propertyNames()) {
                if (!"appflowRule".equals(name)) {
                    collectWhitelistKeys(node.get(name), current, keyByRule);
                }
            }
        } else if (node.isArray()) {
            node.forEach(item -> collectWhitelistKeys(item, ruleId, keyByRule));
        }
    }

    /** Every operator any connector's operator enum names. */
    private static Set<String> allOperators() {
        Set<String> all = new LinkedHashSet<>();
        for (JsonNode member : Contracts.shape("ConnectorOperator").get("properties")) {
            all.addAll(Contracts.strings(Contracts.resolve(member).get("enum")));
        }
        return all;
    }
}
