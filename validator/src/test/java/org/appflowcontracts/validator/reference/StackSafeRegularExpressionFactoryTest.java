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
    void aStringThatExhaustsTheCallersStackIsDecidedOnADeepOneWhateverTheThreadsStack() throws Exception {
        RegularExpression regex = StackSafeRegularExpressionFactory.INSTANCE.getRegularExpression(LOOPED_ALTERNATION);
        String longest = "ab".repeat(StackSafeRegularExpressionFactory.MAX_MATCHED_LENGTH / 2);
        boolean[] verdicts = new boolean[3];
        // A small stack overflows at once: the verdict must still be the regex's own.
        Thread small = new Thread(null, () -> {
            verdicts[0] = regex.matches(longest);
            verdicts[1] = regex.matches(longest.substring(1) + "c");
            verdicts[2] = regex.matches(longest + "a");
        }, "small-stack", 256 * 1024);
        small.start();
        small.join();
        assertThat(verdicts[0]).isTrue();
        assertThat(verdicts[1]).isFalse();
        assertThat(verdicts[2]).as("longer than any value a pattern is applied to").isFalse();
    }
}
