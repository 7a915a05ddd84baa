package org.appflowcontracts.properties;

import java.util.Set;

/** Placeholder replaced below. */
final class GenerationCoverage {
    static Set<String> ruleIdsHitByGeneration() {
        return new java.util.TreeSet<>();
    }
}
