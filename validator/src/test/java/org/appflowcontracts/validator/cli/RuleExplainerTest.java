package org.appflowcontracts.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.appflowcontracts.validator.Severity;
import org.junit.jupiter.api.Test;

class RuleExplainerTest {

    private final RuleExplainer explainer = new RuleExplainer(List.of(
            new RuleDescription("FLOW_NAME_FORMAT", Severity.ERROR, "s", "", "", "", ""),
            new RuleDescription("DEST_WRITE_OP_NEEDS_ID_FIELDS", Severity.ERROR, "s", "", "", "", "")));

    @Test
    void suggestsTheClosestIdForATypo() {
        assertThat(explainer.suggest("FLOW_NAME_FROMAT")).contains("FLOW_NAME_FORMAT");
        assertThat(explainer.suggest("write_op")).contains("DEST_WRITE_OP_NEEDS_ID_FIELDS");
    }

    @Test
    void suggestsNothingForUnrelatedWords() {
        assertThat(explainer.suggest("ZZZZZZZZZZZZZZZZZZZZ")).isEmpty();
    }

    @Test
    void editDistanceCountsSingleEdits() {
        assertThat(RuleExplainer.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(RuleExplainer.distance("", "abc")).isEqualTo(3);
    }
}
