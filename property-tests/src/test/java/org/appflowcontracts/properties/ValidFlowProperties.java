package org.appflowcontracts.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.appflowcontracts.properties.gen.FlowGenerator;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Generated valid flows draw no finding of any severity from either engine. */
class ValidFlowProperties {

    private static final Engines CREATE = Engines.of("CreateFlow");
    private static final Engines UPDATE = Engines.of("UpdateFlow");

    @Property(seed = Seeds.FIXED)
    void validCreateFlowHasNoFindings(@ForAll("createFlows") ObjectNode flow) {
        assertClean(CREATE, flow);
    }

    @Property(seed = Seeds.FIXED)
    void validUpdateFlowHasNoFindings(@ForAll("updateFlows") ObjectNode flow) {
        assertClean(UPDATE, flow);
    }

    @Provide
    Arbitrary<ObjectNode> createFlows() {
        return Arbitraries.randomValue(random -> new FlowGenerator(random).createFlow());
    }

    @Provide
    Arbitrary<ObjectNode> updateFlows() {
        return Arbitraries.randomValue(random -> new FlowGenerator(random).updateFlow());
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
