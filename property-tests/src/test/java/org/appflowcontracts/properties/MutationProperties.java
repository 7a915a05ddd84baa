package org.appflowcontracts.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.appflowcontracts.properties.mutate.Mutation;
import org.appflowcontracts.properties.mutate.Mutator;
import org.appflowcontracts.properties.mutate.Mutators;
import org.appflowcontracts.validator.rules.RuleCatalog;
import org.appflowcontracts.validator.rules.RuleInfo;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import tools.jackson.databind.JsonNode;

/**
 * Each rule-targeted mutation of a valid generated request draws its rule at its pointer, with the rule's
 * severity, from both engines, and no other error.
 */
class MutationProperties {

    @Test
    void mutationDrawsExactlyItsRule() {
        PropertyCheck.forAll(mutations(), MutationProperties::check);
    }

    /** A mutator picked uniformly, then its mutation drawn. */
    private static Gen<Mutation> mutations() {
        List<Mutator> mutators = new ArrayList<>(Mutators.all().values());
        return SourceRandom.gen(random -> mutators.get(random.nextInt(mutators.size())).apply(random));
    }

    /** Throws an AssertionError describing the (minimized) counterexample when the mutation misbehaves. */
    static void check(Mutation mutation) {
        Engines engines = Engines.of(mutation.operation());
        ValidFlowProperties.assertClean(engines, mutation.valid());
        Engines.Finding expected = expected(mutation);
        String problem = problem(engines, mutation.mutated(), expected);
        if (problem != null) {
            JsonNode small = Minimizer.minimize(mutation.mutated(),
                    candidate -> problem(engines, candidate, expected) != null
                            && engines.referenceFindings(candidate).contains(expected)
                                    != engines.compiledFindings(candidate).contains(expected));
            throw new AssertionError(mutation.ruleId() + " mutation: " + problem + "\n  mutated: " + mutation.mutated()
                    + "\n  minimized (engines disagree on the expected finding): " + small);
        }
    }

    static Engines.Finding expected(Mutation mutation) {
        RuleInfo rule = RuleCatalog.load().find(mutation.ruleId())
                .orElseThrow(() -> new AssertionError("mutator for unknown rule " + mutation.ruleId()));
        return new Engines.Finding(rule.reportedId(), mutation.pointer(), rule.severity().name());
    }

    /** What is wrong with the findings on a mutated document, or null when they are as expected. */
    static String problem(Engines engines, JsonNode mutated, Engines.Finding expected) {
        Set<Engines.Finding> reference = engines.referenceFindings(mutated);
        Set<Engines.Finding> compiled = engines.compiledFindings(mutated);
        if (!reference.contains(expected) || !compiled.contains(expected)) {
            return "expected " + expected + "\n  reference: " + reference + "\n  compiled:  " + compiled;
        }
        Set<Engines.Finding> otherErrors = new TreeSet<>();
        for (Engines.Finding f : reference) {
            if (!f.equals(expected) && "ERROR".equals(f.severity())) {
                otherErrors.add(f);
            }
        }
        if (!otherErrors.isEmpty()) {
            return "other errors besides " + expected + ": " + otherErrors;
        }
        if (!reference.equals(compiled)) {
            return "engines differ\n  reference: " + reference + "\n  compiled:  " + compiled;
        }
        return null;
    }
}
