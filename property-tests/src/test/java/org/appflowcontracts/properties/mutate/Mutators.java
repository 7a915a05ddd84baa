package org.appflowcontracts.properties.mutate;

import java.util.Collections;
import java.util.Map;

/**
 * One mutator per overlay rule, by rule id. Each asks the flow generator for a valid request in the context the
 * rule looks at (connector types, trigger), then makes the one edit that breaks the rule and names the pointer
 * where the rule must report it. The rules are grouped by family, one class each.
 */
public final class Mutators {

    private static final Map<String, Mutator> ALL = register();

    private Mutators() {
    }

    public static Map<String, Mutator> all() {
        return ALL;
    }

    private static Map<String, Mutator> register() {
        MutatorRegistry registry = new MutatorRegistry();
        ConnectorMutators.register(registry);
        DestinationMutators.register(registry);
        NamingMutators.register(registry);
        SapODataMutators.register(registry);
        TaskMutators.register(registry);
        OperatorWhitelistMutators.register(registry);
        TriggerMutators.register(registry);
        WriteOperationMutators.register(registry);
        return Collections.unmodifiableMap(registry.mutators());
    }
}
