package org.appflowcontracts.codegen.regex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EcmaPatternsTest {

    private static boolean ecmaFind(String pattern, String value) {
        return Pattern.compile(EcmaPatterns.toJava(pattern)).matcher(value).find();
    }

    @Test
    void aBareDollarIsTheEndOfInputNotTheEndBeforeAFinalLineTerminator() {
        for (String terminated : new String[] {"5\n", "5\r\n", "5\u0085", "5\u2028", "5\u2029"}) {
            assertThat(Pattern.compile("^[0-9]$").matcher(terminated).find()).as("Java's own $").isTrue();
            assertThat(ecmaFind("^[0-9]$", terminated)).as("ECMA-262 $ on %s", terminated.codePoints().toArray())
                    .isFalse();
        }
        assertThat(ecmaFind("^[0-9]$", "5")).isTrue();
        assertThat(ecmaFind("^\\[\\][ \\t\\n\\r]*$", "[]\u0085")).isFalse();
        assertThat(ecmaFind("^\\[\\][ \\t\\n\\r]*$", "[]\n")).isTrue();
    }

    @Test
    void dollarsThatAreNotAnchorsAndGuardedAnchorsStayAsWritten() {
        assertThat(EcmaPatterns.toJava("^[$]\\$\\Q$\\E$(?![\\s\\S])")).isEqualTo("^[$]\\$\\Q$\\E$(?![\\s\\S])");
        assertThat(EcmaPatterns.toJava("a$|b$")).isEqualTo("a$(?![\\s\\S])|b$(?![\\s\\S])");
        assertThat(EcmaPatterns.toJava("[a[$]]$")).isEqualTo("[a[$]]$(?![\\s\\S])");
    }

    @Test
    void theAutomatonOfAPatternEndingInABareDollarFollowsEcma() {
        assertThat(Dfa.of("^[0-9]$")).as("a bare final $ now has an automaton").isPresent();
    }
}
