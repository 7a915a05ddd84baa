package org.appflowcontracts.validator.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.contracts.SchemaResources;
import org.appflowcontracts.validator.parse.JsonPointers;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.Position;
import org.appflowcontracts.validator.rules.RuleIndex;
import org.appflowcontracts.validator.rules.MessageHints;
import org.appflowcontracts.validator.rules.RuleInfo;
import org.appflowcontracts.validator.rules.TypeLevelMessages;
import tools.jackson.databind.JsonNode;

/**
 * Applies the reporting model to raw keyword failures, identically for every engine:
 * <ol>
 *   <li><b>pruning</b>: a failure nested (in the same schema document) under a failing {@code anyOf},
 *       {@code oneOf}, {@code not} or {@code contains} is dropped: only the outermost failure counts;</li>
 *   <li><b>ownership</b>: a failure inside a rule node becomes a violation of the nearest enclosing rule; any
 *       other failure becomes a type-level violation {@code schema.<keyword>} with our own message;</li>
 *   <li><b>subsumption</b>: an error rule's violation at pointer P hides type-level violations at P, except a
 *       {@code schema.required} for a member the rule does not itself require; so does a rule failure that
 *       depends on an unknown value, which is itself never reported. A warning or info rule hides nothing: a
 *       value the API refuses stays an error whatever else is said of it;</li>
 *   <li><b>dedupe</b>: one violation per (rule id, pointer);</li>
 *   <li><b>explained values</b>: a violation whose hint says what is wrong with the value (an alias where a KMS
 *       key ARN belongs) hides the length violations ({@code schema.minLength}, {@code schema.maxLength}) of the
 *       same value: one mistake, one finding.</li>
 * </ol>
 * Thread-safe.
 */
public final class FailureReducer {

    private static final Set<String> CONDITIONS = Set.of("anyOf", "oneOf", "not", "contains");

    private final Supplier<RuleIndex> rules;

    public FailureReducer(RuleIndex rules) {
        this.rules = new Given(Objects.requireNonNull(rules, "rules"));
    }

    /** A rule index at hand. (Classes, not lambdas, on the first validation's path: see {@link #ORDER}.) */
    private record Given(RuleIndex rules) implements Supplier<RuleIndex> {
        @Override
        public RuleIndex get() {
            return rules;
        }
    }

    /**
     * A reducer that loads its rule index only when a document has failures: a valid document is reported
     * without reading any schema (what keeps the compiled engine free of schema loading on the happy path).
     */
    public static FailureReducer loadingOnFirstFailure(Supplier<RuleIndex> rules) {
        return new FailureReducer(memoize(rules));
    }

    private FailureReducer(Supplier<RuleIndex> rules) {
        this.rules = rules;
    }

    private static Supplier<RuleIndex> memoize(Supplier<RuleIndex> loader) {
        Objects.requireNonNull(loader, "loader");
        return new Supplier<>() {
            private volatile RuleIndex loaded;

            @Override
            public RuleIndex get() {
                RuleIndex result = loaded;
                if (result == null) {
                    synchronized (this) {
                        if (loaded == null) {
                            loaded = Objects.requireNonNull(loader.get(), "rule index");
                        }
                        result = loaded;
                    }
                }
                return result;
            }
        };
    }

    /** A raw failure with its owner resolved; {@code rule} is null for type-level failures. */
    private record Candidate(RawFailure failure, RuleInfo rule) {

        String id() {
            return rule != null ? rule.reportedId() : TypeLevelMessages.id(failure.keyword());
        }

        boolean typeLevel() {
            return rule == null;
        }
    }

    public List<Violation> reduce(List<RawFailure> failures, LocatedDocument document) {
        if (failures.isEmpty()) {
            return List.of();
        }
        List<RawFailure> decided = new ArrayList<>();
        List<RawFailure> undecidedFailures = new ArrayList<>();
        for (RawFailure failure : failures) {
            (failure.undecided() ? undecidedFailures : decided).add(failure);
        }
        if (decided.isEmpty()) {
            return List.of();
        }
        RuleIndex rules = this.rules.get();
        List<Candidate> candidates = owned(prune(decided), rules);
        List<Candidate> undecided = owned(undecidedFailures, rules);
        candidates = withoutSubsumed(candidates, undecided);
        // Rule violations first, then the shallowest schema location: deterministic choice of the kept failure.
        candidates.sort(new KeptFirst());
        return shown(byIdAndPointer(candidates), document);
    }

    /** The candidates grouped by rule id and instance pointer, each group in kept-first order. */
    private static Map<String, List<Candidate>> byIdAndPointer(List<Candidate> candidates) {
        Map<String, List<Candidate>> unique = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            String key = candidate.id() + "\u0000" + candidate.failure().pointer();
            List<Candidate> same = unique.get(key);
            if (same == null) {
                same = new ArrayList<>();
                unique.put(key, same);
            }
            same.add(candidate);
        }
        return unique;
    }

    /** One violation per group, less the length findings of values a hint already explains, in report order. */
    private List<Violation> shown(Map<String, List<Candidate>> unique, LocatedDocument document) {
        List<Violation> violations = new ArrayList<>();
        Set<String> explained = new HashSet<>();
        for (List<Candidate> same : unique.values()) {
            Candidate kept = same.get(0);
            violations.add(toViolation(kept, members(same), document));
            if (!LENGTHS.contains(kept.id()) && MessageHints.explains(kept.id(), kept.failure(), document.root().at(kept.failure().pointer()))) {
                explained.add(kept.failure().pointer());
            }
        }
        List<Violation> shown = new ArrayList<>(violations.size());
        for (Violation v : violations) {
            if (!(LENGTHS.contains(v.ruleId()) && explained.contains(v.pointer()))) {
                shown.add(v);
            }
        }
        shown.sort(ORDER);
        return shown;
    }

    /** Rule violations first, then the shallowest schema location, then the location itself. */
    private static final class KeptFirst implements Comparator<Candidate> {
        @Override
        public int compare(Candidate a, Candidate b) {
            int c = Boolean.compare(a.typeLevel(), b.typeLevel());
            if (c == 0) {
                c = Integer.compare(a.failure().schemaPointer().length(), b.failure().schemaPointer().length());
            }
            return c != 0 ? c : a.failure().schemaLocation().compareTo(b.failure().schemaLocation());
        }
    }

    /** The type-level findings about a value's length, which a hint explaining the value makes redundant. */
    private static final Set<String> LENGTHS = Set.of("schema.minLength", "schema.maxLength");

    private static List<Candidate> owned(List<RawFailure> failures, RuleIndex rules) {
        List<Candidate> candidates = new ArrayList<>();
        for (RawFailure failure : failures) {
            Optional<RuleInfo> owner = rules.owner(failure.schemaDocument(), failure.schemaPointer());
            candidates.add(new Candidate(failure, owner.orElse(null)));
        }
        return candidates;
    }

    /**
     * Report order: line, column, rule id, pointer. A class rather than a comparator built from lambdas: the first
     * lambda of a process costs milliseconds of method-handle set-up, and a valid document needs none.
     */
    public static final Comparator<Violation> ORDER = new ReportOrder();

    private static final class ReportOrder implements Comparator<Violation> {
        @Override
        public int compare(Violation a, Violation b) {
            int c = Integer.compare(a.line(), b.line());
            if (c == 0) {
                c = Integer.compare(a.column(), b.column());
            }
            if (c == 0) {
                c = a.ruleId().compareTo(b.ruleId());
            }
            return c != 0 ? c : a.pointer().compareTo(b.pointer());
        }
    }

    /** Drops failures nested under a failing condition keyword; linear in failures times schema depth. */
    static List<RawFailure> prune(List<RawFailure> failures) {
        Set<String> conditions = new HashSet<>();
        for (RawFailure failure : failures) {
            if (CONDITIONS.contains(failure.keyword())) {
                conditions.add(failure.schemaDocument() + "#" + failure.schemaPointer());
            }
        }
        if (conditions.isEmpty()) {
            return failures;
        }
        List<RawFailure> kept = new ArrayList<>();
        for (RawFailure failure : failures) {
            boolean nested = false;
            for (String p = JsonPointers.parent(failure.schemaPointer()); p != null && !nested; p = JsonPointers.parent(p)) {
                nested = conditions.contains(failure.schemaDocument() + "#" + p);
            }
            if (!nested) {
                kept.add(failure);
            }
        }
        return kept;
    }

    /**
     * Type-level failures hidden by an error rule's violation at the same pointer: all of them, except a
     * {@code required} for a member no rule there requires. A rule failure that depends on an unknown value
     * ({@code undecided}) hides them too: whether they show must not depend on that value either.
     */
    private static List<Candidate> withoutSubsumed(List<Candidate> candidates, List<Candidate> undecided) {
        Map<String, Set<String>> ruleRequiredMembers = new HashMap<>();
        List<Candidate> all = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (!candidate.typeLevel() && candidate.rule().severity() == Severity.ERROR) {
                all.add(candidate);
            }
        }
        all.addAll(undecided);
        for (Candidate candidate : all) {
            if (!candidate.typeLevel()) {
                Set<String> members = ruleRequiredMembers.get(candidate.failure().pointer());
                if (members == null) {
                    members = new HashSet<>();
                    ruleRequiredMembers.put(candidate.failure().pointer(), members);
                }
                if (candidate.failure().keyword().equals("required") && candidate.failure().member() != null) {
                    members.add(candidate.failure().member());
                }
            }
        }
        List<Candidate> kept = new ArrayList<>();
        for (Candidate candidate : candidates) {
            RawFailure failure = candidate.failure();
            Set<String> ruled = candidate.typeLevel() ? ruleRequiredMembers.get(failure.pointer()) : null;
            boolean subsumed = ruled != null
                    && (!failure.keyword().equals("required") || ruled.contains(failure.member()));
            if (!subsumed) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    /** The distinct members named by failures merged into one violation, sorted (engine order may differ). */
    private static List<String> members(List<Candidate> same) {
        java.util.TreeSet<String> members = new java.util.TreeSet<>();
        for (Candidate c : same) {
            if (c.failure().member() != null) {
                members.add(c.failure().member());
            }
        }
        return List.copyOf(members);
    }

    private Violation toViolation(Candidate candidate, List<String> members, LocatedDocument document) {
        RawFailure failure = candidate.failure();
        Position at = document.positionOf(failure.pointer());
        Severity severity = candidate.typeLevel() ? Severity.ERROR : candidate.rule().severity();
        JsonNode value = document.root().at(failure.pointer());
        String message = candidate.typeLevel()
                ? TypeLevelMessages.message(failure, enclosingSchema(failure), members, value)
                : candidate.rule().message();
        message = MessageHints.append(message, candidate.id(), failure, value);
        return new Violation(candidate.id(), severity, failure.pointer(), shortLocation(failure), message,
                at.line(), at.column());
    }

    /** The schema object holding the failing keyword (for {@code false}: the false schema's parent). */
    private JsonNode enclosingSchema(RawFailure failure) {
        String parent = JsonPointers.parent(failure.schemaPointer());
        return parent == null ? null : rules.get().messageSchema(failure.schemaDocument(), parent).orElse(null);
    }

    private static String shortLocation(RawFailure failure) {
        String document = failure.schemaDocument();
        if (document.startsWith(SchemaResources.ID_PREFIX)) {
            document = document.substring(SchemaResources.ID_PREFIX.length());
        }
        return document + "#" + failure.schemaPointer();
    }
}
