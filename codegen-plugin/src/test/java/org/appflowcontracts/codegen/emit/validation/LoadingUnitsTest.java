package org.appflowcontracts.codegen.emit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadingUnitsTest {

    /**
     * root → dispatch → branch1..branch5 (one leaf each); branch1 and branch2 also call shared. Every method is 600
     * characters of source.
     */
    private static CallGraph<String> branching() {
        CallGraph<String> graph = new CallGraph<>();
        graph.call(null, "root", "a");
        graph.call("root", "dispatch", "a");
        for (int i = 1; i <= 5; i++) {
            graph.call("dispatch", "branch" + i, "a");
            graph.call("branch" + i, "leaf" + i, "a");
        }
        graph.call("branch1", "shared", "a");
        graph.call("branch2", "shared", "a");
        graph.methods().forEach(m -> graph.weigh(m, 600));
        return graph;
    }

    @Test
    void eachBranchOfAWideChoiceIsAUnitWithWhatOnlyItReaches() {
        Map<String, LoadingUnits.Unit<String>> units = LoadingUnits.assign(branching(), 4, 1_000);

        for (int i = 1; i <= 5; i++) {
            assertThat(units.get("branch" + i)).isEqualTo(new LoadingUnits.Unit<>("branch" + i, false));
            assertThat(units.get("leaf" + i)).isEqualTo(new LoadingUnits.Unit<>("branch" + i, false));
        }
        // Two branches call it, so neither owns it: it goes with the methods every document reaches.
        assertThat(units.get("shared")).isEqualTo(new LoadingUnits.Unit<>("root", true));
        assertThat(units.get("dispatch")).isEqualTo(new LoadingUnits.Unit<>("root", true));
    }

    @Test
    void aChoiceAmongFewerCalleesThanTheFanOutSplitsNothing() {
        Map<String, LoadingUnits.Unit<String>> units = LoadingUnits.assign(branching(), 6, 1_000);

        assertThat(units.values()).containsOnly(new LoadingUnits.Unit<>("root", true));
    }

    @Test
    void regionsSmallerThanTheMinimumStayWithTheirDominator() {
        Map<String, LoadingUnits.Unit<String>> units = LoadingUnits.assign(branching(), 4, 1_300);

        assertThat(units.get("leaf3")).isEqualTo(new LoadingUnits.Unit<>("root", true));
        assertThat(units.get("branch3")).isEqualTo(new LoadingUnits.Unit<>("root", true));
    }

    @Test
    void aMethodCalledFromAnotherDocumentHeadsAUnitOfItsOwnDocument() {
        CallGraph<String> graph = new CallGraph<>();
        graph.call(null, "root", "contract");
        graph.call("root", "shape", "shapes");
        graph.call("shape", "member", "shapes");
        graph.call("root", "rule", "rules");
        graph.methods().forEach(m -> graph.weigh(m, 800));

        Map<String, LoadingUnits.Unit<String>> units = LoadingUnits.assign(graph, 4, 1_000);

        assertThat(units.get("member")).isEqualTo(new LoadingUnits.Unit<>("shape", false));
        assertThat(units.get("shape")).isEqualTo(new LoadingUnits.Unit<>("shape", false));
        // Too small for a unit: the rule and the root stay in their documents' common classes.
        assertThat(units).doesNotContainKeys("rule", "root");
    }

    @Test
    void methodsOnlySomeEntriesReachAreGroupedApartFromTheOthers() {
        CallGraph<String> graph = new CallGraph<>();
        graph.call(null, "requestRoot", "contract");
        graph.call(null, "responseRoot", "contract");
        graph.call("requestRoot", "both", "shapes");
        graph.call("responseRoot", "both", "shapes");
        graph.call("requestRoot", "requestOnly", "shapes");
        graph.call("responseRoot", "responseOnly", "shapes");
        graph.call("requestOnly", "requestMember", "shapes");
        graph.call("responseOnly", "responseMember", "shapes");
        graph.methods().forEach(m -> graph.weigh(m, 600));

        Map<String, LoadingUnits.Unit<String>> units = LoadingUnits.assign(graph, 4, 1_000);

        assertThat(units.get("requestMember")).isEqualTo(units.get("requestOnly"));
        assertThat(units.get("responseMember")).isEqualTo(units.get("responseOnly"));
        assertThat(units.get("requestOnly")).isNotEqualTo(units.get("responseOnly"));
        assertThat(units).doesNotContainKey("both");
    }
}
