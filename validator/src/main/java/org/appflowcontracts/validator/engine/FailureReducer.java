package org.appflowcontracts.validator.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.appflowcontracts.validator.Severity;
import org.appflowcontracts.validator.Violation;
import org.appflowcontracts.validator.contracts.SchemaResources;
import org.appflowcontracts.validator.parse.JsonPointers;
import org.appflowcontracts.validator.parse.LocatedDocument;
import org.appflowcontracts.validator.parse.Position;
import org.appflowcontracts.validator.rules.RuleIndex;
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
 *       {@code schema.required} for a member the rule does not itself require;</li>
 *   <li><b>dedupe</b>: one violation per (rule id, pointer).</li>
 * </ol>
 * Thread-safe.
 */
public final class FailureReducer {

    private static final Set<String> CONDITIONS = Set.of("anyOf", "oneOf", "not", "contains");

    private final RuleIndex rules;

    public FailureReducer(RuleIndex rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
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
        List<RawFailure> outermost = prune(failures);
        List<Candidate> candidates = new ArrayList<>();
        for (RawFailure failure : outermost) {
            Optional<RuleInfo> owner = rules.owner(failure.schemaDocument(), failure.schemaPointer());
            candidates.add(new Candidate(failure, owner.orElse(null)));
        }
        candidates.removeIf(candidate -> candidate.typeLevel() && subsumed(candidate, candidates));
        // Rule violations first, then the shallowest schema location: deterministic choice of the kept failure.
        candidates.sort(Comparator.comparing(Candidate::typeLevel)
                .thenComparingInt(c -> c.failure().schemaPointer().length())
                .thenComparing(c -> c.failure().schemaLocation()));
        Map<String, Candidate> unique = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            unique.putIfAbsent(candidate.id() + "\u0000" + candidate.failure().pointer(), candidate);
        }
        List<Violation> violations = new ArrayList<>();
        for (Candidate candidate : unique.values()) {
            violations.add(toViolation(candidate, document));
        }
        violations.sort(ORDER);
        return violations;
    }

    /** Report order: line, column, rule id, pointer. */
    public static final Comparator<Violation> ORDER = Comparator.comparingInt(Violation::line)
            .thenComparingInt(Violation::column)
            .thenComparing(Violation::ruleId)
            .thenComparing(Violation::pointer);

    static List<RawFailure> prune(List<RawFailure> failures) {
        List<RawFailure> kept = new ArrayList<>();
        for (RawFailure failure : failures) {
            boolean nested = false;
            for (RawFailure outer : failures) {
                if (outer != failure && CONDITIONS.contains(outer.keyword())
                        && outer.schemaDocument().equals(failure.schemaDocument())
                        && failure.schemaPointer().startsWith(outer.schemaPointer() + "/")) {
                    nested = true;
                    break;
                }
            }
            if (!nested) {
                kept.add(failure);
            }
        }
        return kept;
    }

    private static boolean subsumed(Candidate typeLevel, List<Candidate> candidates) {
        RawFailure failure = typeLevel.failure();
        for (Candidate other : candidates) {
            if (other.typeLevel() || !other.failure().pointer().equals(failure.pointer())) {
                continue;
            }
            if (!failure.keyword().equals("required")) {
                return true;
            }
            if (other.failure().keyword().equals("required")
                    && Objects.equals(other.failure().member(), failure.member())) {
                return true;
            }
        }
        return false;
    }

    private Violation toViolation(Candidate candidate, LocatedDocument document) {
        RawFailure failure = candidate.failure();
        Position at = document.positionOf(failure.pointer());
        Severity severity = candidate.typeLevel() ? Severity.ERROR : candidate.rule().severity();
        String message = candidate.typeLevel()
                ? TypeLevelMessages.message(failure, enclosingSchema(failure))
                : candidate.rule().message();
        return new Violation(candidate.id(), severity, failure.pointer(), shortLocation(failure), message,
                at.line(), at.column());
    }

    /** The schema object holding the failing keyword (for {@code false}: the false schema's parent). */
    private JsonNode enclosingSchema(RawFailure failure) {
        String parent = JsonPointers.parent(failure.schemaPointer());
        return parent == null ? null : rules.schemaNode(failure.schemaDocument(), parent).orElse(null);
    }

    private static String shortLocation(RawFailure failure) {
        String document = failure.schemaDocument();
        if (document.startsWith(SchemaResources.ID_PREFIX)) {
            document = document.substring(SchemaResources.ID_PREFIX.length());
        }
        return document + "#" + failure.schemaPointer();
    }
}
