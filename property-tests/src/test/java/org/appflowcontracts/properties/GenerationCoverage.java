package org.appflowcontracts.properties;

import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which rule ids the generators reach without a targeted mutation: the rules reported on a fixed sample of
 * valid, schema-generated and noisy documents. Mutation coverage is the hard requirement; this figure shows how
 * much of the rule set undirected generation exercises.
 */
final class GenerationCoverage {

    private static final int SAMPLES = 600;

    private GenerationCoverage() {
    }

    static Set<String> ruleIdsHitByGeneration() {
        Random random = new Random(Seeds.seed());
        Set<String> hit = new TreeSet<>();
        int drawn = 0;
        while (drawn < SAMPLES) {
            Samples.Sample sample = Samples.draw(random);
            if (sample.origin().contains("mutated")) {
                continue;
            }
            drawn++;
            try {
                Engines.of(sample.kind()).referenceFindings(sample.document()).forEach(f -> hit.add(f.ruleId()));
            } catch (RuntimeException | StackOverflowError e) {
                // an engine failure is reported by the never-throws property; coverage only counts findings
            }
        }
        return hit;
    }
}
