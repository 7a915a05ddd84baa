package org.appflowcontracts.validator.reference;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.regex.RegularExpression;
import org.junit.jupiter.api.Test;

class StackSafeRegularExpressionFactoryTest {

    /** An alternation under a loop: java.util.regex recurses once per repeated character. */
    private static final String LOOPED_ALTERNATION = "^(?:a|b)*$";

    @Test
    void matchesLikeTheJdkOnOrdinaryInput() {
        RegularExpression regex = StackSafeRegularExpressionFactory.INSTANCE.getRegularExpression(LOOPED_ALTERNATION);
        assertThat(regex.matches("abba")).isTrue();
        assertThat(regex.matches("abc")).isFalse();
        // a match anywhere, as ECMA-262 pattern semantics ask
        assertThat(StackSafeRegularExpressionFactory.INSTANCE.getRegularExpression("b").matches("abc")).isTrue();
    }

    @Test
    void aStringThatExhaustsTheStackDoesNotMatchInsteadOfThrowing() {
        RegularExpression regex = StackSafeRegularExpressionFactory.INSTANCE.getRegularExpression(LOOPED_ALTERNATION);
        assertThat(regex.matches("ab".repeat(2_000_000))).isFalse();
    }
}
