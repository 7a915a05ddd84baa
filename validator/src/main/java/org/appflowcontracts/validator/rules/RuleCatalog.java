package org.appflowcontracts.validator.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.appflowcontracts.validator.contracts.DocumentKind;
import org.appflowcontracts.validator.contracts.OperationCatalog;
import org.appflowcontracts.validator.contracts.SchemaResources;

/**
 * Every rule the product reports: the {@code appflowRule} annotations of the overlays (the only source of rule
 * metadata) and the type-level {@code schema.<keyword>} ids. Used for rule listings and explanations.
 */
public final class RuleCatalog {

    private static volatile RuleCatalog shipped;

    private final Map<String, RuleInfo> rules;
    private final RuleIndex index;

    private RuleCatalog(RuleIndex index) {
        this.index = index;
        Map<String, RuleInfo> byId = new TreeMap<>();
        for (RuleInfo rule : index.ruleNodes()) {
            byId.putIfAbsent(rule.id(), rule);
        }
        this.rules = Collections.unmodifiableMap(byId);
    }

    /** The catalog of the shipped contracts (all operations, requests and responses). */
    public static RuleCatalog load() {
        RuleCatalog result = shipped;
        if (result == null) {
            synchronized (RuleCatalog.class) {
                if (shipped == null) {
                    shipped = new RuleCatalog(shippedIndex());
                }
                result = shipped;
            }
        }
        return result;
    }

    /** A catalog over the rule nodes of an index (for other schema roots, e.g. test fixtures). */
    public static RuleCatalog of(RuleIndex index) {
        return new RuleCatalog(index);
    }

    /** The rule index of the shipped contracts; shared by the engines. */
    public static RuleIndex shippedIndex() {
        return index(SchemaResources.shipped());
    }

    /** The catalog of the contracts {@code resources} hold (a team's copy with its own overlays, say). */
    public static RuleCatalog load(SchemaResources resources) {
        return new RuleCatalog(index(resources));
    }

    private static RuleIndex index(SchemaResources resources) {
        List<String> entries = new ArrayList<>();
        for (DocumentKind kind : OperationCatalog.shipped().documentKinds()) {
            if (resources.exists(kind.schemaIri())) {
                entries.add(kind.schemaIri());
            }
        }
        return RuleIndex.load(resources, entries);
    }

    public RuleIndex index() {
        return index;
    }

    /** Overlay rules by id (sorted). A rule declared in several overlays is listed once. */
    public List<RuleInfo> rules() {
        return List.copyOf(rules.values());
    }

    public Optional<RuleInfo> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** Type-level ids ({@code schema.required}, ...) with their summaries; always severity error. */
    public List<TypeLevelMessages.Entry> typeLevel() {
        List<TypeLevelMessages.Entry> entries = new ArrayList<>();
        TypeLevelMessages.entries().forEach(entries::add);
        return entries;
    }

    /** Whether {@code id} names an overlay rule or a type-level id. */
    public boolean knows(String id) {
        if (rules.containsKey(id)) {
            return true;
        }
        for (TypeLevelMessages.Entry entry : TypeLevelMessages.entries()) {
            if (entry.id().equals(id)) {
                return true;
            }
        }
        return false;
    }
}
