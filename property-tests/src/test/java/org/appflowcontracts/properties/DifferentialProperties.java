package org.appflowcontracts.properties;

import java.util.Set;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The compiled validators and the reference engine report identical sets of (rule id, pointer, severity) on any
 * input: valid, rule-mutated and structurally noisy documents of every operation's request and response.
 */
class DifferentialProperties {

    @Test
    void compiledEqualsReference() {
        PropertyCheck.forAll(Samples.anyDocument(), DifferentialProperties::enginesAgree);
    }

    private static void enginesAgree(Samples.Sample sample) {
        Engines engines = Engines.of(sample.kind());
        Set<Engines.Finding> reference = engines.referenceFindings(sample.document());
        Set<Engines.Finding> compiled = engines.compiledFindings(sample.document());
        if (!reference.equals(compiled)) {
            JsonNode small = Minimizer.minimize(sample.document(),
                    candidate -> !engines.referenceFindings(candidate).equals(engines.compiledFindings(candidate)));
            throw new AssertionError("engines differ on " + sample.kind() + " (" + sample.origin() + ")\n  reference: "
                    + reference + "\n  compiled:  " + compiled + "\n  minimized: " + small + "\n  reference on it: "
                    + engines.referenceFindings(small) + "\n  compiled on it:  " + engines.compiledFindings(small));
        }
    }
}
