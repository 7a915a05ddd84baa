package org.appflowcontracts.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.appflowcontracts.validator.Severity;
import org.junit.jupiter.api.Test;

class RuleExplainerTest {

    private final RuleExplainer explainer = new RuleExplainer(List.of(
            new RuleDescription("FLOW_NAME_FORMAT", Severity.ERROR, "flow names are restricted",
                    "use letters, digits, dashes", "AppFlow rejects other names.",
                    "{\n  \"flowName\" : \"a b\"\n}", "{\n  \"flowName\" : \"a-b\"\n}"),
            new RuleDescription("DEST_WRITE_OP_NEEDS_ID_FIELDS", Severity.ERROR, "s", "", "", "", "")));

    @Test
    void listingAlignsIdSeverityAndSummary() {
        StringWriter out = new StringWriter();
        explainer.list(new PrintWriter(out));
        assertThat(out.toString().lines()).containsExactly(
                "FLOW_NAME_FORMAT               error    flow names are restricted",
                "DEST_WRITE_OP_NEEDS_ID_FIELDS  error    s");
    }

    @Test
    void explanationShowsWhatFixWhyAndIndentedExamples() {
        StringWriter out = new StringWriter();
        explainer.explain(explainer.find("flow_name_format").orElseThrow(), new PrintWriter(out));
        assertThat(out.toString().lines()).containsExactly(
                "FLOW_NAME_FORMAT (error)",
                "",
                "What: flow names are restricted",
                "Fix:  use letters, digits, dashes",
                "",
                "Why:  AppFlow rejects other names.",
                "",
                "Failing example:",
                "  {",
                "    \"flowName\" : \"a b\"",
                "  }",
                "",
                "Fixed example:",
                "  {",
                "    \"flowName\" : \"a-b\"",
                "  }");
    }

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
        assertThat(org.appflowcontracts.validator.text.EditDistance.between("kitten", "sitting")).isEqualTo(3);
        assertThat(org.appflowcontracts.validator.text.EditDistance.between("", "abc")).isEqualTo(3);
    }
}
