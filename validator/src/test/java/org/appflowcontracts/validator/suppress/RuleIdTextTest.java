package org.appflowcontracts.validator.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A suppression's rule id is read by hand exactly as {@code [A-Za-z][A-Za-z0-9_.-]*} reads it. */
class RuleIdTextTest {

    private static final Pattern RULE_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");
    private static final String ALPHABET = "aZ09_.-/ é";

    @Test
    void everyShortStringIsAnIdExactlyWhenThePatternSaysSo() {
        List<String> strings = new ArrayList<>(List.of(""));
        int ids = 0;
        for (int length = 0; length <= 4; length++) {
            List<String> longer = new ArrayList<>();
            for (String s : strings) {
                boolean expected = RULE_ID.matcher(s).matches();
                assertThat(InSourceSuppressions.isRuleId(s)).as("'%s'", s).isEqualTo(expected);
                ids += expected ? 1 : 0;
                for (char c : ALPHABET.toCharArray()) {
                    longer.add(s + c);
                }
            }
            strings = longer;
        }
        assertThat(ids).isGreaterThan(100);
        assertThat(InSourceSuppressions.isRuleId("CONNECTOR_OPERATOR_WHITELIST.zendesk")).isTrue();
        assertThat(InSourceSuppressions.isRuleId("cfn.schema.required")).isTrue();
    }
}
