package org.appflowcontracts.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.appflowcontracts.properties.mutate.Mutator;
import org.appflowcontracts.properties.mutate.Mutators;
import org.appflowcontracts.validator.rules.RuleCatalog;
import org.appflowcontracts.validator.rules.RuleInfo;

import org.junit.jupiter.api.Test;

/** Every rule id of the catalog has a mutator that makes both engines report it where it should. */
class RuleCoverageTest {

    private static final int SAMPLES_PER_RULE = 5;

    @Test
    void everyRuleIsHitByItsMutator() {
        Set<String> ruleIds = new TreeSet<>();
        for (RuleInfo rule : RuleCatalog.load().rules()) {
            ruleIds.add(rule.id());
        }
        Set<String> hit = new TreeSet<>();
        List<String> failures = new ArrayList<>();
        Random random = new Random(Seeds.seed());
        for (String id : ruleIds) {
            Mutator mutator = Mutators.all().get(id);
            if (mutator == null) {
                failures.add(id + ": no mutator");
                continue;
            }
            try {
                for (int i = 0; i < SAMPLES_PER_RULE; i++) {
                    MutationProperties.check(mutator.apply(random));
                }
                hit.add(id);
            } catch (AssertionError | RuntimeException e) {
                failures.add(id + ": " + e.getMessage());
            }
        }
        Set<String> byGeneration = GenerationCoverage.ruleIdsHitByGeneration();
        byGeneration.retainAll(ruleIds);
        System.out.printf("rule coverage: %d rule ids; hit by mutation %d/%d; hit by generation (noise) %d/%d%n",
                ruleIds.size(), hit.size(), ruleIds.size(), byGeneration.size(), ruleIds.size());
        assertThat(failures).as(String.join("\n\n", failures)).isEmpty();
        assertThat(hit).isEqualTo(ruleIds);
    }
}
