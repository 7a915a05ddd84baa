package org.appflowcontracts.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.appflowcontracts.validator.rules.RuleCatalog;
import org.junit.jupiter.api.Test;

/** The build's compiled copy of the shipped rule list is what the schemas say today, and reads back as written. */
class RuleListTest {

    @Test
    void theBuildsCopyEqualsTheListWorkedOutFromTheSchemas() {
        List<RuleDescription> computed = RuleList.of(RuleCatalog.load());
        assertThat(RuleList.read()).as("the build compiles %s", RuleListTable.GENERATED_CLASS).hasValue(computed);
        assertThat(RuleList.shipped()).isEqualTo(computed);
        assertThat(computed).extracting(RuleDescription::id)
                .contains("DEST_WRITE_OP_NEEDS_ID_FIELDS", "schema.required")
                .doesNotHaveDuplicates();
    }

    @Test
    void everyFieldSurvivesWritingAndReading() {
        List<RuleDescription> rules = RuleList.of(RuleCatalog.load());
        List<RuleDescription> back = RuleList.fromRecords(RuleList.records(rules).toArray(new String[0][]));
        assertThat(back).isEqualTo(rules);
        // Multi-line examples, quotes and non-ASCII text are among what must survive.
        assertThat(rules).anySatisfy(r -> assertThat(r.failingExample()).contains("\n", "\""));
    }
}
