package org.appflowcontracts.validator.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.appflowcontracts.validator.rules.RuleCatalog;
import org.appflowcontracts.validator.rules.RuleInfo;
import org.appflowcontracts.validator.rules.RuleMetadata;
import org.appflowcontracts.validator.rules.TypeLevelMessages;

/**
 * Which rule ids a configuration may name: a known id, or the parent of known sub-rules, or an id of the families
 * reported by checks outside the catalog (the formats' resource schemas, the tool itself). A misspelt id would
 * otherwise silently suppress nothing.
 */
public final class RuleIds implements Predicate<String> {

    private static final List<String> FAMILIES = List.of("cfn.schema.", "tf.schema.", "input.", "internal.",
            "config.", "report.");

    private final Supplier<Collection<String>> ids;
    private Set<String> known;

    private RuleIds(Supplier<Collection<String>> ids) {
        this.ids = ids;
    }

    /** The ids of the given rules, read once when first needed. */
    public static RuleIds of(Supplier<Collection<String>> ids) {
        return new RuleIds(ids);
    }

    /** The shipped catalog's rules and type-level ids. */
    public static RuleIds shipped() {
        return of(() -> {
            // The ids alone: the build's index of the rule nodes has them, so no schema document is read.
            Optional<RuleMetadata> metadata = RuleMetadata.shipped();
            Collection<RuleInfo> rules = metadata.isPresent() ? metadata.get().index().ruleNodes()
                    : RuleCatalog.load().rules();
            List<String> all = new ArrayList<>();
            for (RuleInfo rule : rules) {
                all.add(rule.id());
            }
            for (TypeLevelMessages.Entry entry : TypeLevelMessages.entries()) {
                all.add(entry.id());
            }
            return all;
        });
    }

    @Override
    public synchronized boolean test(String id) {
        if (known == null) {
            known = new TreeSet<>(ids.get());
        }
        return known.contains(id) || FAMILIES.stream().anyMatch(id::startsWith)
                || known.stream().anyMatch(k -> k.startsWith(id + "."));
    }
}
