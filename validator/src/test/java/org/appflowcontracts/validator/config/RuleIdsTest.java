package org.appflowcontracts.validator.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.appflowcontracts.validator.rules.RuleCatalog;
import org.appflowcontracts.validator.rules.RuleInfo;
import org.appflowcontracts.validator.rules.TypeLevelMessages;
import org.junit.jupiter.api.Test;

/** The shipped rule ids a configuration may name, read from the build's index, are the catalog's ids. */
class RuleIdsTest {

    @Test
    void everyCataloguedAndTypeLevelIdIsKnownAndAMisspeltOneIsNot() {
        RuleIds shipped = RuleIds.shipped();
        for (RuleInfo rule : RuleCatalog.load().rules()) {
            assertThat(shipped.test(rule.id())).as(rule.id()).isTrue();
        }
        for (TypeLevelMessages.Entry entry : TypeLevelMessages.entries()) {
            assertThat(shipped.test(entry.id())).as(entry.id()).isTrue();
        }
        assertThat(shipped.test("DEST_WRITE_OP_NEEDS_ID_FIELD")).isFalse();
        assertThat(shipped.test("schema.requried")).isFalse();
    }
}
