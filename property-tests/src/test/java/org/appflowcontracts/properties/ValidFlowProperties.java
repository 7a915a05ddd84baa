package org.appflowcontracts.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.appflowcontracts.properties.gen.FlowGenerator;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Generated valid flows draw no finding of any severity from either engine. */
class ValidFlowProperties {

    private static final Engines CREATE = Engines.of("CreateFlow");
    private static final Engines UPDATE = Engines.of("UpdateFlow");

    @Test
    void validCreateFlowHasNoFindings() {
        PropertyCheck.forAll(SourceRandom.gen(random -> new FlowGenerator(random).createFlow()),
                flow -> assertClean(CREATE, flow));
    }

    @Test
    void validUpdateFlowHasNoFindings() {
        PropertyCheck.forAll(SourceRandom.gen(random -> new FlowGenerator(random).updateFlow()),
                flow -> assertClean(UPDATE, flow));
    }

    static void assertClean(Engines engines, JsonNode flow) {
        Set<Engines.Finding> reference = engines.referenceFindings(flow);
        Set<Engines.Finding> compiled = engines.compiledFindings(flow);
        if (!reference.isEmpty() || !compiled.isEmpty()) {
            JsonNode small = Minimizer.minimize(flow, candidate -> engines.referenceFindings(candidate).equals(reference)
                    || engines.compiledFindings(candidate).equals(compiled));
            throw new AssertionError(engines.operation() + ": a generated valid flow drew findings\n  reference: "
                    + reference + "\n  compiled:  " + compiled + "\n  flow: " + flow + "\n  minimized: " + small);
        }
        assertThat(reference).isEmpty();
    }
}
