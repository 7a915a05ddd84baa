package org.appflowcontracts.properties.mutate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import org.appflowcontracts.properties.gen.ConnectorTables;
import org.appflowcontracts.properties.gen.FlowGenerator;

import tools.jackson.databind.node.ObjectNode;

/**
 * Collects the mutators of the rule families in registration order: each asks the flow generator for a valid
 * request in the context its rule looks at, then makes the one edit that breaks the rule.
 */
final class MutatorRegistry {

    private final Map<String, Mutator> mutators = new LinkedHashMap<>();

    Map<String, Mutator> mutators() {
        return mutators;
    }

    /** A CreateFlow mutator. */
    void rule(String id, String source, String destination, String trigger, Function<Target, String> edit) {
        rule(id, "CreateFlow", source, destination, trigger, edit);
    }

    void rule(String id, String operation, String source, String destination, String trigger,
            Function<Target, String> edit) {
        mutators.put(id, new Mutator() {
            @Override
            public String ruleId() {
                return id;
            }

            @Override
            public Mutation apply(Random random) {
                FlowGenerator generator = new FlowGenerator(random);
                ObjectNode valid = generator.createFlow(source, destination, trigger);
                if ("UpdateFlow".equals(operation)) {
                    valid.remove("tags");
                    valid.remove("kmsArn");
                }
                ObjectNode mutated = valid.deepCopy();
                String pointer = edit.apply(new Target(mutated, random));
                return new Mutation(operation, id, pointer, valid, mutated);
            }
        });
    }

    /** A source connector type whose operators lack the given one (flows from it use Map_all). */
    static String sourceWithout(String operator) {
        for (Map.Entry<String, String> entry : ConnectorTables.shipped().sourceKeys().entrySet()) {
            if (!ConnectorTables.shipped().operators(entry.getValue()).contains(operator)) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("every source supports " + operator);
    }

    /** The first element of {@code from} that is not in {@code without}. */
    static String only(Set<String> from, Set<String> without) {
        for (String candidate : from) {
            if (!without.contains(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no candidate in " + from);
    }
}
