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
import java.util.stream.Stream;
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
 *   <li><b>subsumption</b>: a rule violation at pointer P hides type-level violations at P, except a
 *       {@code schema.required} for a member the rule does not itself require; so does a rule failure that
 *       depends on an unknown value, which is itself never reported;</li>
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
        Objects.requireNonNull(rules, "rules");
        this.rules = () -> rules;
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
        List<RawFailure> decided = failures.stream().filter(f -> !f.undecided()).toList();
        if (decided.isEmpty()) {
            return List.of();
        }
        RuleIndex rules = this.rules.get();
        List<Candidate> candidates = owned(prune(decided), rules);
        List<Candidate> undecided = owned(failures.stream().filter(RawFailure::undecided).toList(), rules);
        candidates = withoutSubsumed(candidates, undecided);
        // Rule violations first, then the shallowest schema location: deterministic choice of the kept failure.
        candidates.sort(Comparator.comparing(Candidate::typeLevel)
                .thenComparingInt(c -> c.failure().schemaPointer().length())
                .thenComparing(c -> c.failure().schemaLocation()));
        Map<String, List<Candidate>> unique = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            unique.computeIfAbsent(candidate.id() + "\u0000" + candidate.failure().pointer(), key -> new ArrayList<>())
                    .add(candidate);
        }
        List<Violation> violations = new ArrayList<>();
        Set<String> explained = new HashSet<>();
        for (List<Candidate> same : unique.values()) {
            Candidate kept = same.get(0);
            violations.add(toViolation(kept, members(same), document));
            if (!LENGTHS.contains(kept.id()) && MessageHints.explains(kept.id(), kept.failure(), document.root().at(kept.failure().pointer()))) {
                explained.add(kept.failure().pointer());
            }
        }
        violations.removeIf(v -> LENGTHS.contains(v.ruleId()) && explained.contains(v.pointer()));
        violations.sort(ORDER);
        return violations;
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

    /** Report order: line, column, rule id, pointer. */
    public static final Comparator<Violation> ORDER = Comparator.comparingInt(Violation::line)
            .thenComparingInt(Violation::column)
            .thenComparing(Violation::ruleId)
            .thenComparing(Violation::pointer);

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
     * Type-level failures hidden by a rule violation at the same pointer: all of them, except a
     * {@code required} for a member no rule there requires. A rule failure that depends on an unknown value
     * ({@code undecided}) hides them too: whether they show must not depend on that value either.
     */
    private static List<Candidate> withoutSubsumed(List<Candidate> candidates, List<Candidate> undecided) {
        Map<String, Set<String>> ruleRequiredMembers = new HashMap<>();
        for (Candidate candidate : Stream.concat(candidates.stream(), undecided.stream()).toList()) {
            if (!candidate.typeLevel()) {
                Set<String> members = ruleRequiredMembers.computeIfAbsent(candidate.failure().pointer(),
                        pointer -> new HashSet<>());
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
        return same.stream().map(c -> c.failure().member()).filter(Objects::nonNull).distinct().sorted().toList();
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
        return parent == null ? null : rules.get().schemaNode(failure.schemaDocument(), parent).orElse(null);
    }

    private static String shortLocation(RawFailure failure) {
        String document = failure.schemaDocument();
        if (document.startsWith(SchemaResources.ID_PREFIX)) {
            document = document.substring(SchemaResources.ID_PREFIX.length());
        }
        return document + "#" + failure.schemaPointer();
    }
}
