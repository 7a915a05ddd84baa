package org.appflowcontracts.properties;

import java.util.Set;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;

/**
 * The compiled validators and the reference engine report identical sets of (rule id, pointer, severity) on any
 * input: valid, rule-mutated and structurally noisy documents of every operation's request and response.
 */
class DifferentialProperties {

    @Property(seed = Seeds.FIXED)
    void compiledEqualsReference(@ForAll("documents") Samples.Sample sample) {
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

    @Provide
    Arbitrary<Samples.Sample> documents() {
        return Samples.anyDocument();
    }
}
